using System.Net;
using System.Text.Json.Nodes;
using CareerNavigator.Tests.Occupations;

namespace CareerNavigator.Tests.Api.Occupations;

/// <summary>GET /api/v1/occupations/search and /api/v1/occupations/{id}: public, over the real ESCO sample.</summary>
public sealed class OccupationSearchApiTests(OccupationApiApp api) : IClassFixture<OccupationApiApp>
{
    [Fact]
    public async Task Anyone_can_search_without_a_token_and_the_best_match_comes_first()
    {
        var response = await api.Client().GetAsync("/api/v1/occupations/search?q=Sr.%20Software%20Engineer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.BodyAsync())["items"]!.AsArray();
        Assert.True(items.Count >= 2, items.ToJsonString());
        var best = items[0]!;
        Assert.Equal(EscoSample.SoftwareDeveloper, (string?)best["uri"]);
        Assert.Equal("software developer", (string?)best["title"]);
        Assert.Equal("2512", (string?)best["isco_group"]);
        Assert.True((int)best["id"]! > 0);
        var scores = items.Select(i => (double)i!["score"]!).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(scores, s => Assert.InRange(s, 0.01, 1));
    }

    [Fact]
    public async Task A_usable_token_is_accepted_and_an_unusable_one_refused()
    {
        var (client, _) = await api.NewCallerAsync(canWrite: false);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/occupations/search?q=nurse")).StatusCode);
        var unknown = await api.Client(Web.Api.Tokens.AccessTokenSecret.NewToken()).GetAsync("/api/v1/occupations/search?q=nurse");
        await unknown.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(50, 5)]
    public async Task Limit_caps_the_answer(int limit, int atMost)
    {
        var items = await ItemsAsync($"/api/v1/occupations/search?q=developer%20nurse%20analyst&limit={limit}");

        Assert.InRange(items.Count, 1, atMost);
    }

    [Fact]
    public async Task Without_limit_at_most_ten_come_back()
    {
        Assert.InRange((await ItemsAsync("/api/v1/occupations/search?q=developer")).Count, 1, 10);
    }

    [Theory]
    [InlineData("/api/v1/occupations/search", "q")]
    [InlineData("/api/v1/occupations/search?q=", "q")]
    [InlineData("/api/v1/occupations/search?q=%20%20", "q")]
    [InlineData("/api/v1/occupations/search?q=nurse&limit=0", "limit")]
    [InlineData("/api/v1/occupations/search?q=nurse&limit=51", "limit")]
    public async Task Missing_blank_and_out_of_range_input_answers_400_naming_the_field(string path, string field)
    {
        await (await api.Client().GetAsync(path)).AssertInvalidFieldAsync(field);
    }

    [Fact]
    public async Task Text_over_200_characters_answers_400()
    {
        var response = await api.Client().GetAsync("/api/v1/occupations/search?q=" + new string('a', 201));

        await response.AssertInvalidFieldAsync("q");
        Assert.Equal(HttpStatusCode.OK, (await api.Client().GetAsync("/api/v1/occupations/search?q=" + new string('a', 200))).StatusCode);
    }

    [Fact]
    public async Task A_limit_that_is_not_a_number_answers_400()
    {
        await (await api.Client().GetAsync("/api/v1/occupations/search?q=nurse&limit=ten")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_occupation_is_read_by_id_or_by_its_uri_uuid_with_its_skills()
    {
        var id = (int)(await ItemsAsync("/api/v1/occupations/search?q=general%20nurse"))
            .Single(i => (string?)i!["uri"] == EscoSample.GeneralNurse)!["id"]!;

        var byId = await api.Client().GetAsync($"/api/v1/occupations/{id}");
        var byUuid = await api.Client().GetAsync("/api/v1/occupations/" + EscoSample.GeneralNurse[(EscoSample.GeneralNurse.LastIndexOf('/') + 1)..]);

        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        var nurse = await byId.BodyAsync();
        Assert.Equal(nurse.ToJsonString(), (await byUuid.BodyAsync()).ToJsonString());
        Assert.Equal(id, (int)nurse["id"]!);
        Assert.Equal(EscoSample.GeneralNurse, (string?)nurse["uri"]);
        Assert.Equal("nurse responsible for general care", (string?)nurse["title"]);
        Assert.Equal("2221", (string?)nurse["isco_group"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)nurse["description"]));
        Assert.Contains("adult nurse", nurse["also_called"]!.AsArray().Select(n => (string?)n));
        Assert.False((bool)nurse["obsolete"]!);
        var essential = nurse["essential_skills"]!.AsArray();
        var optional = nurse["optional_skills"]!.AsArray();
        Assert.Contains(essential, s => (string?)s!["title"] == "plan nursing care" && (string?)s["type"] == "skill");
        Assert.Contains(essential, s => (string?)s!["title"] == "infection control" && (string?)s["type"] == "knowledge");
        Assert.NotEmpty(optional);
        Assert.All(essential.Concat(optional), s =>
        {
            Assert.StartsWith("http://data.europa.eu/esco/skill/", (string?)s!["uri"]);
            Assert.Contains((string?)s["type"], new[] { "skill", "knowledge" });
        });
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("not-an-occupation")]
    public async Task An_unknown_occupation_answers_404(string id)
    {
        await (await api.Client().GetAsync($"/api/v1/occupations/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<JsonArray> ItemsAsync(string path)
    {
        var response = await api.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.BodyAsync())["items"]!.AsArray();
    }
}
