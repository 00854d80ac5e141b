using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Occupations;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Occupations;

/// <summary>Skill gaps for a real persona (a care assistant studying nursing) against ESCO's general nurse, with evidence and the user's answers.</summary>
public sealed class SkillGapServiceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private OccupationServicesFor _services = null!;
    private int _nurseId;

    public async Task InitializeAsync()
    {
        await using var db = database.CreateContext();
        if (!await db.EscoOccupations.AnyAsync())
        {
            await EscoSample.SeedAsync(db);
        }
        _nurseId = await db.EscoOccupations.Where(o => o.Uri == EscoSample.GeneralNurse).Select(o => o.Id).SingleAsync();
        _services = new OccupationServicesFor(database);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Skills_the_records_show_come_with_evidence_and_the_missing_ones_are_essential_first()
    {
        var user = await AngelicaAsync();

        var gaps = (await _services.Gaps(user.Id).ForOccupationAsync(_nurseId))!;

        Assert.NotEmpty(gaps.Shown);
        Assert.NotEmpty(gaps.Missing);
        Assert.All(gaps.Shown, skill => Assert.NotEmpty(skill.Evidence));
        Assert.All(gaps.Shown.SelectMany(s => s.Evidence), evidence => Assert.NotEmpty(evidence.Words));
        var firstOptional = gaps.Missing.ToList().FindIndex(s => !s.Essential);
        Assert.True(firstOptional == -1 || gaps.Missing.Skip(firstOptional).All(s => !s.Essential), "essential skills come before optional ones");
        Assert.Equal(gaps.Occupation.Skills.Count, gaps.Shown.Count + gaps.Missing.Count);
        Assert.Contains(gaps.Related, r => r.Uri == EscoSample.SpecialistNurse && r.SharedEssentialSkills > 0);
    }

    [Fact]
    public async Task A_rejected_skill_is_not_proposed_again_and_a_confirmed_one_counts_as_shown()
    {
        var user = await AngelicaAsync();
        var service = _services.Gaps(user.Id);
        var before = (await service.ForOccupationAsync(_nurseId))!;
        var detected = before.Shown.First();
        var missing = before.Missing.First();

        await service.DecideAsync(detected.Id, confirmed: false);
        await service.DecideAsync(missing.Id, confirmed: true);
        var after = (await service.ForOccupationAsync(_nurseId))!;

        var rejected = Assert.Single(after.Missing, s => s.Id == detected.Id);
        Assert.Empty(rejected.Evidence);
        Assert.False(rejected.Confirmed);
        Assert.Contains(after.Shown, s => s.Id == missing.Id && s.Confirmed == true);

        await service.DecideAsync(detected.Id, confirmed: null);
        Assert.Contains((await service.ForOccupationAsync(_nurseId))!.Shown, s => s.Id == detected.Id);
    }

    [Fact]
    public async Task One_users_answers_never_change_another_users_gaps()
    {
        var mine = await AngelicaAsync();
        var theirs = await AngelicaAsync();
        var shown = (await _services.Gaps(mine.Id).ForOccupationAsync(_nurseId))!.Shown.First();

        await _services.Gaps(mine.Id).DecideAsync(shown.Id, confirmed: false);

        Assert.Contains((await _services.Gaps(theirs.Id).ForOccupationAsync(_nurseId))!.Shown, s => s.Id == shown.Id);
        await using var db = database.CreateContext();
        Assert.False(await db.SkillDecisions.AnyAsync(d => d.UserId == theirs.Id));
    }

    [Fact]
    public async Task Unknown_occupations_and_skills_and_anonymous_callers_are_refused()
    {
        var user = await AngelicaAsync();

        Assert.Null(await _services.Gaps(user.Id).ForOccupationAsync(int.MaxValue));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _services.Gaps(user.Id).DecideAsync(int.MaxValue, true));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _services.Gaps(null).ForOccupationAsync(_nurseId));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _services.Gaps(null).DecideAsync(1, true));
    }

    [Fact]
    public async Task The_goal_occupation_is_set_changed_and_cleared_for_its_owner_only()
    {
        var user = await AngelicaAsync();
        var other = await AngelicaAsync();
        var goal = _services.Goal(user.Id);

        await goal.SetAsync(_nurseId);
        Assert.Equal("nurse responsible for general care", (await goal.GetAsync())!.Title);
        Assert.Null(await _services.Goal(other.Id).GetAsync());

        await Assert.ThrowsAsync<KeyNotFoundException>(() => goal.SetAsync(int.MaxValue));
        Assert.Equal(_nurseId, (await goal.GetAsync())!.Id);

        await goal.SetAsync(null);
        Assert.Null(await goal.GetAsync());
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _services.Goal(null).SetAsync(_nurseId));
    }

    [Fact]
    public async Task The_goals_step_reads_the_profile_and_the_goal_occupation_together()
    {
        var user = await AngelicaAsync();
        var goal = _services.Goal(user.Id);

        var (profile, none) = await goal.GetWithProfileAsync();
        Assert.Equal(user.Id, profile.UserId);
        Assert.False(string.IsNullOrEmpty(profile.CareerGoals));
        Assert.Null(none);

        await goal.SetAsync(_nurseId);
        var (same, chosen) = await goal.GetWithProfileAsync();
        Assert.Equal(profile.CareerGoals, same.CareerGoals);
        Assert.Equal(new OccupationLink(_nurseId, "nurse responsible for general care"), chosen);

        // A goal set on an occupation page before any profile row exists: an empty (unsaved) profile and the goal.
        await using var db = database.CreateContext();
        var bare = await TestUsers.AddAsync(db, UserGroup.InexperiencedWithGoal);
        await _services.Goal(bare.Id).SetAsync(_nurseId);
        var (empty, alone) = await _services.Goal(bare.Id).GetWithProfileAsync();
        Assert.Equal(bare.Id, empty.UserId);
        Assert.Null(empty.CareerGoals);
        Assert.Equal(_nurseId, alone!.Id);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _services.Goal(null).GetWithProfileAsync());
    }

    private async Task<User> AngelicaAsync()
    {
        await using var db = database.CreateContext();
        return await PersonaRows.AddAsync(db, DemoPersonas.All.Single(p => p.DisplayName == "Angelica Reyes"), withGoalOccupation: false);
    }
}
