using System.Net;

namespace CareerNavigator.Tests.Api;

public sealed class ProductApiTests(ApiApp api) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task The_nine_product_types_are_listed_with_the_seeds_labels()
    {
        var (client, _) = await api.NewCallerAsync(canWrite: false);

        var types = (await client.GetFromJsonArrayAsync("/api/v1/products")).Select(t => (string)t!["type"]!).ToList();

        Assert.Equal(["linkedin_export", "cv", "suggested_courses", "career_plan_1y", "career_plan_3y", "career_plan_5y",
            "possible_jobs", "possible_companies", "relocation_help"], types);
    }

    [Fact]
    public async Task Generating_stores_versions_the_first_active_and_they_can_be_listed_and_read()
    {
        var (client, _) = await api.NewCallerAsync();
        await AddJobAsync(client);

        var first = await client.PostAsync("/api/v1/products/cv/versions", null);
        var second = await client.PostAsync("/api/v1/products/cv/versions", null);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("/api/v1/products/cv/versions/1", first.Headers.Location!.OriginalString);
        var firstBody = await first.BodyAsync();
        Assert.True((bool)firstBody["is_active"]!);
        Assert.Equal("built-in", (string?)firstBody["model_used"]);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, firstBody["content"]!.GetValueKind());
        Assert.False((bool)(await second.BodyAsync())["is_active"]!);

        var page1 = await (await client.GetAsync("/api/v1/products/cv/versions?limit=1")).BodyAsync();
        Assert.Equal(2, (int)page1["items"]![0]!["version"]!);
        var page2 = await (await client.GetAsync($"/api/v1/products/cv/versions?limit=1&cursor={(string)page1["next_cursor"]!}")).BodyAsync();
        Assert.Equal(1, (int)page2["items"]![0]!["version"]!);
        Assert.Null(page2["next_cursor"]);

        var one = await (await client.GetAsync("/api/v1/products/cv/versions/2")).BodyAsync();
        Assert.Equal(2, (int)one["version"]!);
        Assert.NotNull((string?)one["prompt_used"]);

        var summary = (await client.GetFromJsonArrayAsync("/api/v1/products")).Single(t => (string)t!["type"]! == "cv")!;
        Assert.Equal(1, (int)summary["active_version"]!);
        Assert.Equal(2, (int)summary["version_count"]!);
    }

    [Theory]
    [InlineData("GET", "/api/v1/products/CV/versions")]
    [InlineData("GET", "/api/v1/products/career_plan_2y/versions/1")]
    [InlineData("POST", "/api/v1/products/nonsense/versions")]
    // A cover letter belongs to an application: it is not one of the user's own documents here.
    [InlineData("GET", "/api/v1/products/cover_letter/versions")]
    [InlineData("POST", "/api/v1/products/cover_letter/versions")]
    [InlineData("POST", "/api/v1/products/cover_letter/versions/1/activate")]
    public async Task An_unknown_product_type_is_not_found(string method, string path)
    {
        var (client, _) = await api.NewCallerAsync();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("career_plan_1y", (string?)problem["detail"]);
        var detail = (string)problem["detail"]!;
        Assert.DoesNotContain("cover_letter", detail[detail.IndexOf("The types are", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task Another_users_version_and_a_missing_version_are_not_found()
    {
        var (owner, _) = await api.NewCallerAsync();
        var (intruder, _) = await api.NewCallerAsync();
        await AddJobAsync(owner);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync("/api/v1/products/cv/versions", null)).StatusCode);

        await (await intruder.GetAsync("/api/v1/products/cv/versions/1")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await owner.GetAsync("/api/v1/products/cv/versions/99")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await (await intruder.GetAsync("/api/v1/products/cv/versions")).BodyAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task A_read_only_token_cannot_generate()
    {
        var (client, _) = await api.NewCallerAsync(canWrite: false);

        await (await client.PostAsync("/api/v1/products/cv/versions", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_bad_version_cursor_is_a_validation_problem()
    {
        var (client, _) = await api.NewCallerAsync();

        await (await client.GetAsync("/api/v1/products/cv/versions?cursor=abc")).AssertInvalidFieldAsync("cursor");
    }

    [Fact]
    public async Task Activating_a_version_deactivates_the_previous_one()
    {
        var (client, _) = await api.NewCallerAsync();
        await AddJobAsync(client);
        await client.PostAsync("/api/v1/products/cv/versions", null);
        await client.PostAsync("/api/v1/products/cv/versions", null);

        var activated = await client.PostAsync("/api/v1/products/cv/versions/2/activate", null);
        var again = await client.PostAsync("/api/v1/products/cv/versions/2/activate", null);

        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        Assert.True((bool)(await activated.BodyAsync())["is_active"]!);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var versions = (await (await client.GetAsync("/api/v1/products/cv/versions")).BodyAsync())["items"]!.AsArray();
        Assert.Equal([2], versions.Where(v => (bool)v!["is_active"]!).Select(v => (int)v!["version"]!));
    }

    [Fact]
    public async Task Concurrent_activations_leave_exactly_one_active_version()
    {
        var (client, _) = await api.NewCallerAsync();
        await AddJobAsync(client);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/products/cv/versions", null)).StatusCode);
        }

        var answers = await Task.WhenAll(Enumerable.Range(1, 4).Select(v => client.PostAsync($"/api/v1/products/cv/versions/{v}/activate", null)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var versions = (await (await client.GetAsync("/api/v1/products/cv/versions")).BodyAsync())["items"]!.AsArray();
        Assert.Single(versions, v => (bool)v!["is_active"]!);
    }

    [Fact]
    public async Task Another_users_or_a_missing_version_cannot_be_activated_and_nothing_changes()
    {
        var (owner, _) = await api.NewCallerAsync();
        var (intruder, _) = await api.NewCallerAsync();
        await AddJobAsync(owner);
        await owner.PostAsync("/api/v1/products/cv/versions", null);
        await owner.PostAsync("/api/v1/products/cv/versions", null);

        await (await intruder.PostAsync("/api/v1/products/cv/versions/2/activate", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PostAsync("/api/v1/products/cv/versions/9/activate", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PostAsync("/api/v1/products/nonsense/versions/1/activate", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        var summary = (await owner.GetFromJsonArrayAsync("/api/v1/products")).Single(t => (string)t!["type"]! == "cv")!;
        Assert.Equal(1, (int)summary["active_version"]!);
    }

    /// <summary>A job and a name: what a CV needs.</summary>
    internal static async Task AddJobAsync(HttpClient client)
    {
        var job = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/jobs",
            new { company_name = "Northwind", position = "Analyst", start_date = "2020-01-01", is_current = true });
        Assert.Equal(HttpStatusCode.Created, job.StatusCode);
        var etag = (await client.GetAsync("/api/v1/profile/contact")).Headers.ETag!.Tag;
        var name = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile/contact", new { full_name = "Ana Example" }, etag);
        Assert.Equal(HttpStatusCode.OK, name.StatusCode);
    }

    [Fact]
    public async Task A_cv_for_a_profile_without_a_name_is_refused_with_the_reason()
    {
        var (client, _) = await api.NewCallerAsync();
        var job = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/jobs",
            new { company_name = "Northwind", position = "Analyst", start_date = "2020-01-01", is_current = true });
        Assert.Equal(HttpStatusCode.Created, job.StatusCode);

        var refused = await client.PostAsync("/api/v1/products/cv/versions", null);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("name", (string?)problem["detail"]);
        Assert.Empty((await (await client.GetAsync("/api/v1/products/cv/versions")).BodyAsync())["items"]!.AsArray());
    }
}
