using System.Net;

namespace CareerNavigator.Tests.Api;

/// <summary>
/// Every endpoint the app maps under /api refuses callers without a usable token (except the listed public ones, which
/// refuse only an unusable token), and read-only tokens on writes.
/// </summary>
public sealed class ApiAuthenticationTests(ApiApp api) : IClassFixture<ApiApp>
{
    private IEnumerable<ApiEndpoints.Endpoint> Endpoints => ApiEndpoints.All(api.App.Services);

    [Fact]
    public async Task The_api_maps_the_endpoints_the_tests_below_cover()
    {
        var (client, _) = await api.NewCallerAsync();
        await client.GetAsync("/api/v1/profile");

        Assert.True(Endpoints.Count() >= 20, string.Join(", ", Endpoints));
    }

    [Fact]
    public async Task Without_a_token_every_endpoint_but_the_public_ones_answers_401_with_a_bearer_challenge()
    {
        await api.NewUserAsync();
        foreach (var endpoint in Endpoints.Where(e => !e.IsPublic))
        {
            var response = await Send(api.Client(), endpoint);

            await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Fact]
    public async Task The_public_endpoints_answer_without_a_token()
    {
        var mapped = Endpoints.Where(e => e.IsPublic).Select(e => e.ToString()).ToList();
        Assert.Equal(ApiEndpoints.Public.Order(), mapped.Order());

        foreach (var endpoint in Endpoints.Where(e => e.IsPublic))
        {
            var response = await Send(api.Client(), endpoint);

            Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("revoked")]
    [InlineData("unknown")]
    [InlineData("not-a-token")]
    public async Task An_unusable_token_is_refused_on_every_endpoint(string kind)
    {
        var userId = await api.NewUserAsync();
        var token = kind switch
        {
            "expired" => await api.NewTokenAsync(userId, expiresAt: DateTime.UtcNow.AddMinutes(-1)),
            "revoked" => await api.NewTokenAsync(userId, revoked: true),
            "unknown" => Web.Api.Tokens.AccessTokenSecret.NewToken(),
            _ => "eyJhbGciOiJIUzI1NiJ9.e30.x",
        };
        var client = api.Client(token);

        foreach (var endpoint in Endpoints)
        {
            var response = await Send(client, endpoint);

            await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
        }
    }

    [Fact]
    public async Task A_read_only_token_is_forbidden_on_every_write_endpoint()
    {
        var (client, _) = await api.NewCallerAsync(canWrite: false);

        foreach (var endpoint in Endpoints.Where(e => e.Writes && !e.Template.StartsWith("/api/v1/admin", StringComparison.Ordinal)))
        {
            await (await Send(client, endpoint)).AssertProblemAsync(HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task A_browser_signed_in_with_the_cookie_is_not_authorized_on_the_api()
    {
        var client = await api.RegisteredBrowserAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Manage")).StatusCode);

        await (await client.GetAsync("/api/v1/profile")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.SendJsonAsync(HttpMethod.Post, "/api/v1/jobs", new { company_name = "X" })).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_problem_not_the_html_not_found_page()
    {
        var (client, _) = await api.NewCallerAsync();

        await (await client.GetAsync("/api/v1/nothing-here")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, ApiEndpoints.Endpoint endpoint) =>
        client.SendJsonAsync(new HttpMethod(endpoint.Method), endpoint.SamplePath, endpoint.Method is "POST" or "PUT" ? "{}" : null, "*");
}
