using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Import;

/// <summary>The preview marks each item the way confirming then treats it, against the signed-in user's rows only.</summary>
public sealed class ImportPreviewTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private ProfileImportService ServiceFor(int userId) => new(new TestContextFactory(database), TestCurrentUser.For(userId));

    private async Task<int> NewUserAsync()
    {
        await using var db = database.CreateContext();
        return (await TestUsers.AddAsync(db)).Id;
    }

    private static async Task<ImportedProfile> LinkedInExportAsync() =>
        (await new LinkedInExportReader(NullLogger<LinkedInExportReader>.Instance).ReadAsync(new MemoryStream(LinkedInExportReaderTests.CompleteExport()))).Value!;

    private static IEnumerable<ImportMark> AllMarks(ImportPlan plan) =>
        [.. plan.ProfileFieldMarks, .. Marks(plan.Jobs), .. Marks(plan.Courses), .. Marks(plan.Education), .. Marks(plan.Languages), .. Marks(plan.Skills)];

    private static IEnumerable<ImportMark> Marks<T>(IReadOnlyList<PlannedItem<T>> items) => items.Select(i => i.Mark);

    private static int NewIn<T>(IReadOnlyList<PlannedItem<T>> items) => items.Count(i => i.Mark == ImportMark.New);

    [Fact]
    public async Task A_linkedin_export_previews_all_new_then_after_confirming_all_already_in_the_profile()
    {
        var userId = await NewUserAsync();
        var export = await LinkedInExportAsync();
        var service = ServiceFor(userId);

        var first = await service.PreviewAsync(export);

        Assert.All(AllMarks(first), mark => Assert.Equal(ImportMark.New, mark));
        Assert.Equal((2, 2, 1, 5, 2), (first.Jobs.Count, first.Courses.Count, first.Education.Count, first.Languages.Count, first.Skills.Count));
        Assert.True(first.AddsAnything());

        var outcome = await service.ApplyAsync(export);

        Assert.Equal(AllMarks(first).Count(), outcome.TotalAdded);

        var second = await service.PreviewAsync(export);

        Assert.All(AllMarks(second), mark => Assert.Equal(ImportMark.InProfile, mark));
        Assert.Equal(AllMarks(first).Count(), AllMarks(second).Count());
        Assert.False(second.AddsAnything());
        Assert.Equal(0, (await service.ApplyAsync(export)).TotalAdded);
    }

    [Fact]
    public async Task A_partly_overlapping_profile_gets_mixed_marks_and_confirming_adds_only_the_new_items()
    {
        var userId = await NewUserAsync();
        await using (var db = database.CreateContext())
        {
            db.UserProfiles.Add(new UserProfile { UserId = userId, FullName = "Jane Doe", CurrentLocation = "Lisbon", Languages = [new("German", "native"), new("English", "C1")] });
            db.JobExperiences.Add(new JobExperience { UserId = userId, CompanyName = "acme gmbh", Position = "Senior Engineer", StartDate = new(2019, 3, 1) });
            db.AcademicRecords.Add(new AcademicRecord { UserId = userId, InstitutionName = "TU Berlin", Degree = "Bachelor of Science", StartDate = new(2010, 10, 1) });
            await db.SaveChangesAsync();
        }
        var export = await LinkedInExportAsync();
        var service = ServiceFor(userId);

        var plan = await service.PreviewAsync(export);

        Assert.Equal([ImportMark.InProfile, ImportMark.New], Marks(plan.Jobs));
        Assert.Equal([ImportMark.InProfile], Marks(plan.Education));
        Assert.Equal([ImportMark.New, ImportMark.New], Marks(plan.Courses));
        Assert.Equal([ImportMark.InProfile, ImportMark.InProfile, ImportMark.New, ImportMark.New, ImportMark.New], Marks(plan.Languages));
        Assert.Equal("You already have English at C1; that is kept (the import says C2).", plan.Languages[1].Note);
        var name = Assert.Single(plan.Fields, f => f.Label == "Name");
        Assert.Equal((ImportMark.InProfile, (string?)null), (name.Mark, name.Note));
        var location = Assert.Single(plan.Fields, f => f.Label == "Lives in");
        Assert.Equal((ImportMark.InProfile, "Your profile says \"Lisbon\"; that is kept."), (location.Mark, location.Note));
        Assert.Equal(ImportMark.New, Assert.Single(plan.Fields, f => f.Label == "Headline").Mark);

        var outcome = await service.ApplyAsync(export);

        Assert.Equal((NewIn(plan.Jobs), 1), (outcome.Jobs.Added, outcome.Jobs.Skipped));
        Assert.Equal((0, 1), (outcome.Education.Added, outcome.Education.Skipped));
        Assert.Equal((2, 0), (outcome.Courses.Added, outcome.Courses.Skipped));
        Assert.Equal((3, 2), (outcome.Languages.Added, outcome.Languages.Skipped));
        Assert.Equal(plan.ProfileFieldMarks.Count(m => m == ImportMark.New), outcome.ProfileFields.Added);
        await using var check = database.CreateContext();
        var companies = await check.JobExperiences.Where(j => j.UserId == userId).Select(j => j.CompanyName).ToListAsync();
        Assert.Equal(["Initech", "acme gmbh"], companies.Order(StringComparer.Ordinal));
        Assert.Equal(1, await check.AcademicRecords.CountAsync(a => a.UserId == userId));
        var profile = await check.UserProfiles.SingleAsync(p => p.UserId == userId);
        Assert.Equal(("Lisbon", "Backend engineer, payments"), (profile.CurrentLocation, profile.Headline));
        Assert.Equal(new LanguageSkill("English", "C1"), profile.Languages[1]);
        Assert.False((await service.PreviewAsync(export)).AddsAnything());
    }

    [Fact]
    public async Task Another_users_identical_records_do_not_make_an_item_already_in_the_profile()
    {
        var export = await LinkedInExportAsync();
        var other = await NewUserAsync();
        await ServiceFor(other).ApplyAsync(export);
        var me = await NewUserAsync();

        var mine = await ServiceFor(me).PreviewAsync(export);
        var theirs = await ServiceFor(other).PreviewAsync(export);

        Assert.All(AllMarks(mine), mark => Assert.Equal(ImportMark.New, mark));
        Assert.All(AllMarks(theirs), mark => Assert.Equal(ImportMark.InProfile, mark));
    }

    [Fact]
    public async Task Items_that_cannot_be_stored_or_come_twice_are_marked_not_added_with_the_reason()
    {
        var userId = await NewUserAsync();
        var imported = new ImportedProfile
        {
            Jobs =
            [
                new ImportedJob { CompanyName = "Globex", Position = "Analyst" },
                new ImportedJob { CompanyName = "Acme", Position = "Engineer", StartDate = new(2019, 3, 1) },
                new ImportedJob { CompanyName = "ACME", Position = "engineer", StartDate = new(2019, 3, 20) },
            ],
        };

        var plan = await ServiceFor(userId).PreviewAsync(imported);
        var outcome = await ServiceFor(userId).ApplyAsync(imported);

        Assert.Equal([ImportMark.NotImported, ImportMark.New, ImportMark.NotImported], Marks(plan.Jobs));
        Assert.Equal("\"Analyst\" at Globex has no start date, so it can't be imported; add it by hand.", plan.Jobs[0].Note);
        Assert.Equal((1, 2), (outcome.Jobs.Added, outcome.Jobs.Skipped));
    }
}
