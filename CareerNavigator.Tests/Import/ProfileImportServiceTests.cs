using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Import;

public sealed class ProfileImportServiceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly DateOnly March2019 = new(2019, 3, 1);

    private ProfileImportService ServiceFor(int? userId) =>
        new(new TestContextFactory(database), userId is { } id ? TestCurrentUser.For(id) : TestCurrentUser.Nobody());

    private async Task<User> NewUserAsync()
    {
        await using var db = database.CreateContext();
        return await TestUsers.AddAsync(db);
    }

    private static ImportedProfile Sample() => new()
    {
        FullName = "Jane Doe",
        CurrentLocation = "Berlin, Germany",
        LinkedinProfileUrl = "https://www.linkedin.com/in/jane",
        Languages = [new("German", "native"), new("English", "C1")],
        Jobs =
        [
            new ImportedJob { CompanyName = "Acme", Position = "Engineer", StartDate = March2019, IsCurrent = true, Achievements = ["Shipped v2"] },
            new ImportedJob { CompanyName = "Initech", Position = "Intern", StartDate = new(2017, 6, 1), EndDate = new(2017, 9, 1) },
        ],
        Courses = [new ImportedCourse { Name = "Azure Developer", Institution = "Microsoft", CompletionDate = new(2021, 6, 14) }],
        Education = [new ImportedEducation { Institution = "TU Berlin", Degree = "BSc", StartDate = new(2012, 10, 1), Gpa = 1.7 }],
        LinkedinProfileData = """{"Positions.csv":[{"Company Name":"Acme"}]}""",
    };

    [Fact]
    public async Task An_import_adds_every_section_and_creates_the_profile()
    {
        var user = await NewUserAsync();

        var outcome = await ServiceFor(user.Id).ApplyAsync(Sample());

        Assert.Equal((3, 0), (outcome.ProfileFields.Added, outcome.ProfileFields.Skipped));
        Assert.Equal((2, 0), (outcome.Jobs.Added, outcome.Jobs.Skipped));
        Assert.Equal((1, 1, 1), (outcome.Courses.Added, outcome.Education.Added, outcome.Languages.Added - 1));
        Assert.True(outcome.LinkedinDataStored);
        Assert.Empty(outcome.Notes);

        await using var db = database.CreateContext();
        var profile = await db.UserProfiles.SingleAsync(p => p.UserId == user.Id);
        Assert.Equal(("Berlin, Germany", "https://www.linkedin.com/in/jane"), (profile.CurrentLocation, profile.LinkedinProfileUrl));
        Assert.Equal("Jane Doe", profile.FullName);
        Assert.Equal([new("German", "native"), new("English", "C1")], profile.Languages);
        using var data = JsonDocument.Parse(profile.LinkedinProfileData!);
        Assert.Equal("Acme", data.RootElement.GetProperty("Positions.csv")[0].GetProperty("Company Name").GetString());

        var acme = await db.JobExperiences.SingleAsync(j => j.UserId == user.Id && j.CompanyName == "Acme");
        Assert.Equal((March2019, true, (DateOnly?)null), (acme.StartDate, acme.IsCurrent, acme.EndDate));
        Assert.Equal(["Shipped v2"], acme.Achievements);
        Assert.Equal(1.7, (await db.AcademicRecords.SingleAsync(a => a.UserId == user.Id)).Gpa);
        Assert.Equal("Microsoft", (await db.Courses.SingleAsync(c => c.UserId == user.Id)).Institution);
    }

    [Fact]
    public async Task Importing_the_same_export_twice_creates_no_duplicates()
    {
        var user = await NewUserAsync();
        var reader = new LinkedInExportReader(NullLogger<LinkedInExportReader>.Instance);
        var export = (await reader.ReadAsync(new MemoryStream(LinkedInExportReaderTests.CompleteExport()))).Value!;
        var service = ServiceFor(user.Id);

        var first = await service.ApplyAsync(export);
        var second = await service.ApplyAsync(export);

        Assert.Equal((2, 2, 1, 5), (first.Jobs.Added, first.Courses.Added, first.Education.Added, first.Languages.Added));
        Assert.Equal(0, second.TotalAdded);
        Assert.Equal((2, 2, 1, 5), (second.Jobs.Skipped, second.Courses.Skipped, second.Education.Skipped, second.Languages.Skipped));
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.JobExperiences.CountAsync(j => j.UserId == user.Id));
        Assert.Equal(2, await db.Courses.CountAsync(c => c.UserId == user.Id));
        Assert.Equal(1, await db.AcademicRecords.CountAsync(a => a.UserId == user.Id));
        Assert.Equal(5, (await db.UserProfiles.SingleAsync(p => p.UserId == user.Id)).Languages.Count);
    }

    [Fact]
    public async Task Duplicates_are_recognised_ignoring_case_spacing_and_the_day_of_the_month()
    {
        var user = await NewUserAsync();
        await using (var db = database.CreateContext())
        {
            db.JobExperiences.Add(new JobExperience { UserId = user.Id, CompanyName = "ACME ", Position = "engineer", StartDate = new(2019, 3, 18) });
            db.Courses.Add(new Course { UserId = user.Id, CourseName = "azure  developer", CompletionDate = new(2021, 6, 1) });
            db.AcademicRecords.Add(new AcademicRecord { UserId = user.Id, InstitutionName = "tu berlin", Degree = "bsc", StartDate = new(2012, 9, 1) });
            await db.SaveChangesAsync();
        }

        var outcome = await ServiceFor(user.Id).ApplyAsync(Sample());

        Assert.Equal((1, 1), (outcome.Jobs.Added, outcome.Jobs.Skipped));
        Assert.Equal((0, 1), (outcome.Courses.Added, outcome.Courses.Skipped));
        Assert.Equal((0, 1), (outcome.Education.Added, outcome.Education.Skipped));
    }

    [Fact]
    public async Task Profile_fields_the_user_typed_are_kept_unless_overwriting_was_chosen()
    {
        var user = await NewUserAsync();
        await using (var db = database.CreateContext())
        {
            db.UserProfiles.Add(new UserProfile { UserId = user.Id, CurrentLocation = "Lisbon", CareerGoals = "Lead a team", Languages = [new("English", "C2")] });
            await db.SaveChangesAsync();
        }

        var kept = await ServiceFor(user.Id).ApplyAsync(Sample());

        // The name and the LinkedIn address are added; the typed location is kept.
        Assert.Equal((2, 1), (kept.ProfileFields.Added, kept.ProfileFields.Skipped));
        Assert.Equal((1, 1), (kept.Languages.Added, kept.Languages.Skipped));
        Assert.Contains("You already have English at C2; that is kept (the import says C1).", kept.Notes);
        await using (var db = database.CreateContext())
        {
            var profile = await db.UserProfiles.SingleAsync(p => p.UserId == user.Id);
            Assert.Equal(("Lisbon", "Lead a team", "https://www.linkedin.com/in/jane"), (profile.CurrentLocation, profile.CareerGoals, profile.LinkedinProfileUrl));
            Assert.Equal([new("English", "C2"), new("German", "native")], profile.Languages);
        }

        var overwritten = await ServiceFor(user.Id).ApplyAsync(Sample() with { CurrentLocation = "Hamburg" }, new ImportSelection { OverwriteProfileFields = true });

        Assert.Equal((1, 2), (overwritten.ProfileFields.Added, overwritten.ProfileFields.Skipped));
        await using (var db = database.CreateContext())
        {
            Assert.Equal("Hamburg", (await db.UserProfiles.SingleAsync(p => p.UserId == user.Id)).CurrentLocation);
        }
    }

    [Fact]
    public async Task Only_the_selected_sections_are_written()
    {
        var user = await NewUserAsync();

        var outcome = await ServiceFor(user.Id).ApplyAsync(Sample(), new ImportSelection { ProfileFields = false, Jobs = false, Languages = false });

        Assert.Equal((SectionOutcome.None, SectionOutcome.None, SectionOutcome.None), (outcome.ProfileFields, outcome.Jobs, outcome.Languages));
        Assert.Equal((1, 1), (outcome.Courses.Added, outcome.Education.Added));
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.JobExperiences.CountAsync(j => j.UserId == user.Id));
        var profile = await db.UserProfiles.SingleAsync(p => p.UserId == user.Id);
        Assert.Null(profile.CurrentLocation);
        Assert.Empty(profile.Languages);
        Assert.NotNull(profile.LinkedinProfileData);
    }

    [Fact]
    public async Task Another_users_rows_are_untouched_and_do_not_count_as_duplicates()
    {
        var me = await NewUserAsync();
        var other = await NewUserAsync();
        await using (var db = database.CreateContext())
        {
            db.UserProfiles.Add(new UserProfile { UserId = other.Id, CurrentLocation = "Oslo" });
            db.JobExperiences.Add(new JobExperience { UserId = other.Id, CompanyName = "Acme", Position = "Engineer", StartDate = March2019, Description = "theirs" });
            await db.SaveChangesAsync();
        }

        var outcome = await ServiceFor(me.Id).ApplyAsync(Sample());

        Assert.Equal(2, outcome.Jobs.Added);
        await using var check = database.CreateContext();
        var theirs = await check.JobExperiences.Where(j => j.UserId == other.Id).ToListAsync();
        Assert.Equal("theirs", Assert.Single(theirs).Description);
        var theirProfile = await check.UserProfiles.SingleAsync(p => p.UserId == other.Id);
        Assert.Equal(("Oslo", (string?)null), (theirProfile.CurrentLocation, theirProfile.LinkedinProfileData));
        Assert.Equal(0, await check.Courses.CountAsync(c => c.UserId == other.Id));
    }

    [Fact]
    public async Task A_job_without_a_start_date_is_skipped_with_a_note()
    {
        var user = await NewUserAsync();
        var imported = new ImportedProfile { Jobs = [new ImportedJob { CompanyName = "Globex", Position = "Analyst" }] };

        var outcome = await ServiceFor(user.Id).ApplyAsync(imported);

        Assert.Equal((0, 1), (outcome.Jobs.Added, outcome.Jobs.Skipped));
        Assert.Equal("\"Analyst\" at Globex has no start date, so it can't be imported; add it by hand.", Assert.Single(outcome.Notes));
    }

    [Fact]
    public async Task Values_longer_than_their_columns_are_shortened_and_overlong_URLs_dropped()
    {
        var user = await NewUserAsync();
        var imported = new ImportedProfile
        {
            Courses = [new ImportedCourse { Name = new string('n', 400), Url = "https://example.com/" + new string('u', 600) }],
            Jobs = [new ImportedJob { CompanyName = new string('c', 250), Position = "P", StartDate = March2019 }],
        };

        await ServiceFor(user.Id).ApplyAsync(imported);

        await using var db = database.CreateContext();
        var course = await db.Courses.SingleAsync(c => c.UserId == user.Id);
        Assert.Equal((300, (string?)null), (course.CourseName.Length, course.CertificateUrl));
        Assert.Equal(200, (await db.JobExperiences.SingleAsync(j => j.UserId == user.Id)).CompanyName.Length);
    }

    [Fact]
    public async Task Imports_running_at_once_add_each_item_once()
    {
        var user = await NewUserAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => ServiceFor(user.Id).ApplyAsync(Sample()))));

        await using var db = database.CreateContext();
        Assert.Equal(2, await db.JobExperiences.CountAsync(j => j.UserId == user.Id));
        Assert.Equal(1, await db.UserProfiles.CountAsync(p => p.UserId == user.Id));
        Assert.Equal(2, (await db.UserProfiles.SingleAsync(p => p.UserId == user.Id)).Languages.Count);
    }

    [Fact]
    public async Task Nobody_signed_in_means_nothing_is_written()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ServiceFor(null).ApplyAsync(Sample()));
    }
}
