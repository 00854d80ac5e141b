using System.Net;

namespace CareerNavigator.Tests.Api;

public sealed class ProfileApiTests(ApiApp api) : IClassFixture<ApiApp>
{
    private static readonly object ValidProfile = new
    {
        career_goals = "Become a data analyst.",
        age = 34,
        current_location = "Leeds, UK",
        desired_job_locations = new[] { "Leeds", "Remote" },
        languages = new[] { new { language = "English", proficiency = "native" } },
    };

    [Fact]
    public async Task A_new_user_reads_an_empty_profile_with_an_etag()
    {
        var (client, _) = await api.NewCallerAsync();

        var response = await client.GetAsync("/api/v1/profile");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var body = await response.BodyAsync();
        Assert.Null((string?)body["career_goals"]);
        Assert.Empty(body["desired_job_locations"]!.AsArray());
    }

    [Fact]
    public async Task Updating_with_the_read_etag_saves_every_field_and_returns_a_new_etag()
    {
        var (client, _) = await api.NewCallerAsync();
        var etag = (await client.GetAsync("/api/v1/profile")).Headers.ETag!.Tag;

        var response = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile", ValidProfile, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        var read = await client.GetAsync("/api/v1/profile");
        var body = await read.BodyAsync();
        Assert.Equal("Become a data analyst.", (string?)body["career_goals"]);
        Assert.Equal(34, (int)body["age"]!);
        Assert.Equal("native", (string?)body["languages"]![0]!["proficiency"]);
        Assert.Equal(response.Headers.ETag!.Tag, read.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_stale_etag_is_refused_with_412_and_nothing_changes()
    {
        var (client, _) = await api.NewCallerAsync();
        var etag = (await client.GetAsync("/api/v1/profile")).Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile", ValidProfile, etag)).StatusCode);

        var stale = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile", new { career_goals = "Overwritten" }, etag);

        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var body = await (await client.GetAsync("/api/v1/profile")).BodyAsync();
        Assert.Equal("Become a data analyst.", (string?)body["career_goals"]);
    }

    [Fact]
    public async Task An_update_without_if_match_is_refused_with_428()
    {
        var (client, _) = await api.NewCallerAsync();

        var response = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile", ValidProfile);

        await response.AssertProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Theory]
    [InlineData("""{"age": 5}""", "age")]
    [InlineData("""{"linkedin_profile_url": "https://example.com/me"}""", "linkedin_profile_url")]
    [InlineData("""{"languages": [{"language": "French", "proficiency": "fluent"}]}""", "languages")]
    [InlineData("""{"desired_job_locations": ["Paris", "paris"]}""", "desired_job_locations")]
    [InlineData("""{"age": "thirty"}""", "age")]
    [InlineData("""{"favourite_colour": "blue"}""", "favourite_colour")]
    public async Task Invalid_fields_are_named_and_nothing_is_saved(string json, string field)
    {
        var (client, _) = await api.NewCallerAsync();
        var etag = (await client.GetAsync("/api/v1/profile")).Headers.ETag!.Tag;

        var response = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile", json, etag);

        await response.AssertInvalidFieldAsync(field);
        Assert.Equal(etag, (await client.GetAsync("/api/v1/profile")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_problem_not_a_crash()
    {
        var (client, _) = await api.NewCallerAsync();
        var etag = (await client.GetAsync("/api/v1/profile")).Headers.ETag!.Tag;

        var response = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile", "{not json", etag);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_read_only_token_reads_but_cannot_update()
    {
        var (client, _) = await api.NewCallerAsync(canWrite: false);
        var read = await client.GetAsync("/api/v1/profile");

        var response = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile", ValidProfile, read.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
