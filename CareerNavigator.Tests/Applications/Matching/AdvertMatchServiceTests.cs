using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Tests.Occupations.Matching;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Applications.Matching.Profile;
using CareerNavigator.Web.Applications.Matching.Reading;
using CareerNavigator.Web.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Applications.Matching;

/// <summary>The service over a real database: whose records a match reads, and what text it refuses.</summary>
public sealed class AdvertMatchServiceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private const string Advert = """
        Warehouse Team Leader

        Requirements
        - 2+ years of experience as a warehouse operative
        - German at B2 level
        - A forklift licence
        - A degree in logistics
        """;

    public Task InitializeAsync() => OccupationPageContext.SeedOnceAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_match_reads_the_signed_in_users_records_and_never_another_users()
    {
        await using var db = database.CreateContext();
        var empty = await TestUsers.AddAsync(db);
        var full = await TestUsers.AddAsync(db);
        await SeedTestProfileAsync(full.Id);

        var forEmpty = await Service(empty.Id).MatchAsync(await Service(empty.Id).ReadAsync(Advert));
        var forFull = await Service(full.Id).MatchAsync(await Service(full.Id).ReadAsync(Advert));

        Assert.Equal(4, forEmpty.Outcomes.Count);
        Assert.All(forEmpty.Outcomes, o => Assert.False(o.Met));
        Assert.Equal(0, forEmpty.Score);
        Assert.Contains(forFull.Outcomes, o => o.Met && o.Evidence.Any(e => e.RecordName == "Warehouse Operative at NorthLink Logistics"));
        Assert.Contains(forFull.Outcomes, o => o.Met && o.Evidence.Any(e => e.RecordName == "Counterbalance Forklift Licence (RTITB)"));
        Assert.True(forFull.Score > 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public async Task An_empty_advert_is_refused(string? text)
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);

        var refused = await Assert.ThrowsAsync<FormValidationException>(() => Service(user.Id).ReadAsync(text));

        Assert.Equal("Paste the advert's text.", refused.Errors[0].ErrorMessage);
    }

    [Fact]
    public async Task An_advert_longer_than_the_limit_is_refused_and_one_at_the_limit_is_read()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        var atLimit = (Advert + new string(' ', AdvertForm.MaxLength))[..AdvertForm.MaxLength];

        await Assert.ThrowsAsync<FormValidationException>(() => Service(user.Id).ReadAsync(atLimit + "x"));
        Assert.Equal(4, (await Service(user.Id).ReadAsync(atLimit)).Requirements.Count);
    }

    [Fact]
    public void A_confirmed_ESCO_skill_answer_meets_a_requirement_and_a_rejected_one_never_does()
    {
        const string sql = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
        var reading = AdvertReader.Read("Analyst\n\nRequirements\n- SQL\n", ShippedIndex.Instance);
        var job = new JobExperience { Id = 7, CompanyName = "Acme", Position = "Analyst", StartDate = new DateOnly(2020, 1, 1), SkillsUsed = ["SQL"] };

        var confirmed = AdvertMatch.Of(reading, Facts(ProfileRecords.Empty with { SkillAnswers = new Dictionary<string, bool> { [sql] = true } })).Outcomes.Single();
        var rejected = AdvertMatch.Of(reading, Facts(ProfileRecords.Empty with { Jobs = [job], SkillAnswers = new Dictionary<string, bool> { [sql] = false } })).Outcomes.Single();
        var shown = AdvertMatch.Of(reading, Facts(ProfileRecords.Empty with { Jobs = [job] })).Outcomes.Single();

        Assert.True(confirmed.Met);
        Assert.Equal(RecordKind.SkillAnswer, Assert.Single(confirmed.Evidence).Record);
        Assert.True(shown.Met);
        Assert.Equal((RecordKind.Job, (int?)7, "SQL"), (shown.Evidence[0].Record, shown.Evidence[0].RecordId, shown.Evidence[0].Shows));
        // A skill the user said they do not have is not shown by the records that name it; the phrase itself still is.
        Assert.All(rejected.Evidence, e => Assert.NotEqual(RecordKind.SkillAnswer, e.Record));
    }

    private static ProfileFacts Facts(ProfileRecords records) => new(records, ShippedIndex.Instance, new DateOnly(2026, 12, 1));

    private AdvertMatchService Service(int userId) => new(
        new TestContextFactory(database), TestCurrentUser.For(userId), new OccupationServicesFor(database).Catalog, TimeProvider.System,
        new ServiceCollection().BuildServiceProvider());

    private async Task SeedTestProfileAsync(int userId)
    {
        var records = AdvertFixtures.Records(numbered: false);
        await using var db = database.CreateContext();
        db.JobExperiences.AddRange(records.Jobs.Select(j => { j.UserId = userId; return j; }));
        db.Courses.AddRange(records.Courses.Select(c => { c.UserId = userId; return c; }));
        db.AcademicRecords.AddRange(records.Education.Select(e => { e.UserId = userId; return e; }));
        db.UserProfiles.Add(new UserProfile { UserId = userId, Languages = [.. records.Languages] });
        await db.SaveChangesAsync();
    }
}
