using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Occupations;

/// <summary>Search, one occupation, related occupations and ISCO browsing over a real ESCO sample in PostgreSQL.</summary>
public sealed class OccupationDirectoryTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private OccupationServicesFor _services = null!;

    public async Task InitializeAsync()
    {
        await using var db = database.CreateContext();
        if (!await db.EscoOccupations.AnyAsync())
        {
            await EscoSample.SeedAsync(db);
        }
        _services = new OccupationServicesFor(database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_typed_title_finds_the_occupation_with_its_database_id()
    {
        var hits = await _services.Directory.SearchAsync("Sr. Software Engineer");

        var best = hits[0];
        Assert.Equal(EscoSample.SoftwareDeveloper, best.Uri);
        Assert.Equal("software developer", best.Title);
        Assert.Equal("2512", best.IscoGroup);
        Assert.InRange(best.Score, 0.01, 1);
        Assert.Empty(await _services.Directory.SearchAsync("   "));
    }

    [Fact]
    public async Task An_occupation_lists_its_skills_essential_first_and_its_isco_group()
    {
        var id = (await _services.Directory.FindByUriAsync(EscoSample.GeneralNurse))!.Value;

        var nurse = (await _services.Directory.GetAsync(id))!;

        Assert.Equal("nurse responsible for general care", nurse.Title);
        Assert.Equal("Nursing professionals", nurse.IscoGroupLabel);
        Assert.NotEmpty(nurse.Essential);
        Assert.NotEmpty(nurse.Optional);
        Assert.Equal(nurse.Skills.OrderByDescending(s => s.Essential).Select(s => s.Id), nurse.Skills.Select(s => s.Id));
        Assert.DoesNotContain(nurse.Title, nurse.AlsoCalled);
        Assert.Null(await _services.Directory.GetAsync(int.MaxValue));
        Assert.Null(await _services.Directory.FindByUriAsync("http://data.europa.eu/esco/occupation/unknown"));
    }

    [Fact]
    public async Task Related_occupations_share_essential_skills_most_first()
    {
        var id = (await _services.Directory.FindByUriAsync(EscoSample.WebDeveloper))!.Value;

        var related = await _services.Directory.RelatedAsync(id);

        Assert.NotEmpty(related);
        Assert.DoesNotContain(related, r => r.Id == id);
        Assert.Equal(related.OrderByDescending(r => r.SharedEssentialSkills).Select(r => r.Id), related.Select(r => r.Id));
        Assert.All(related, r => Assert.InRange(r.OverlapPercent, 0, 100));
    }

    [Fact]
    public async Task Isco_groups_are_browsed_from_major_group_to_the_occupations_of_a_unit_group()
    {
        var top = (await _services.Directory.GroupAsync(null))!;
        var unit = (await _services.Directory.GroupAsync("2512"))!;

        Assert.Equal(10, top.Groups.Count);
        Assert.Empty(top.Occupations);
        Assert.Equal(["2", "25", "251"], unit.Path.Select(p => p.Code));
        Assert.Contains(unit.Occupations, o => o.Title == "software developer");
        Assert.Null(await _services.Directory.GroupAsync("99999"));
    }
}
