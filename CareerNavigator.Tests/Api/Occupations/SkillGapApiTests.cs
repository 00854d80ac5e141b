using System.Net;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Web.DemoData;

namespace CareerNavigator.Tests.Api.Occupations;

/// <summary>GET /api/v1/me/skill-gaps: a real persona (a care assistant studying nursing) against ESCO's general nurse.</summary>
public sealed class SkillGapApiTests(OccupationApiApp api) : IClassFixture<OccupationApiApp>
{
    private const string NurseGaps = "/api/v1/me/skill-gaps?occupation=" + EscoSample.GeneralNurse;

    [Fact]
    public async Task Without_a_token_the_answer_is_401()
    {
        var response = await api.Client().GetAsync(NurseGaps);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task The_skills_the_records_show_come_with_evidence_and_the_missing_ones_essential_first()
    {
        var client = await AngelicaAsync();

        var response = await client.GetAsync(NurseGaps);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var gaps = await response.BodyAsync();
        Assert.Equal(EscoSample.GeneralNurse, (string?)gaps["occupation"]!["uri"]);
        Assert.Equal("nurse responsible for general care", (string?)gaps["occupation"]!["title"]);
        var shown = gaps["shown"]!.AsArray();
        var missing = gaps["missing"]!.AsArray();
        Assert.NotEmpty(shown);
        Assert.NotEmpty(missing);
        Assert.All(shown, skill =>
        {
            var evidence = skill!["evidence"]!.AsArray();
            Assert.NotEmpty(evidence);
            Assert.All(evidence, e =>
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)e!["source"]));
                Assert.NotEmpty(e["words"]!.AsArray());
            });
        });
        Assert.All(missing, skill => Assert.Empty(skill!["evidence"]!.AsArray()));
        foreach (var list in new[] { shown, missing })
        {
            var essential = list.Select(s => (bool)s!["essential"]!).ToList();
            Assert.Equal(essential.OrderByDescending(e => e), essential);
        }
        Assert.True((bool)missing[0]!["essential"]!);
        Assert.Equal(shown.Count(s => (bool)s!["essential"]!), (int)gaps["essential_shown"]!);
        Assert.Equal(shown.Concat(missing).Count(s => (bool)s!["essential"]!), (int)gaps["essential_total"]!);
    }

    [Fact]
    public async Task Only_the_token_owners_records_are_used()
    {
        var angelica = await AngelicaAsync();
        var (someoneElse, _) = await api.NewCallerAsync();

        var theirs = await (await angelica.GetAsync(NurseGaps)).BodyAsync();
        var mine = await (await someoneElse.GetAsync(NurseGaps)).BodyAsync();

        Assert.NotEmpty(theirs["shown"]!.AsArray());
        Assert.Empty(mine["shown"]!.AsArray());
        Assert.All(mine["missing"]!.AsArray(), skill => Assert.Empty(skill!["evidence"]!.AsArray()));
        Assert.Equal(theirs["shown"]!.AsArray().Count + theirs["missing"]!.AsArray().Count, mine["missing"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("/api/v1/me/skill-gaps")]
    [InlineData("/api/v1/me/skill-gaps?occupation=%20")]
    public async Task Without_an_occupation_the_answer_is_400(string path)
    {
        var (client, _) = await api.NewCallerAsync();

        await (await client.GetAsync(path)).AssertInvalidFieldAsync("occupation");
    }

    [Theory]
    [InlineData("http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000")]
    [InlineData("nurse")]
    public async Task An_unknown_occupation_is_404(string occupation)
    {
        var (client, _) = await api.NewCallerAsync();

        var response = await client.GetAsync("/api/v1/me/skill-gaps?occupation=" + Uri.EscapeDataString(occupation));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<HttpClient> AngelicaAsync()
    {
        await using var db = api.CreateContext();
        var user = await PersonaRows.AddAsync(db, DemoPersonas.All.Single(p => p.DisplayName == "Angelica Reyes"));
        return api.Client(await api.NewTokenAsync(user.Id, canWrite: false));
    }
}
