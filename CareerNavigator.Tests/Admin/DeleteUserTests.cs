using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Admin;

public sealed class DeleteUserTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Deleting_a_user_removes_every_row_of_theirs_in_every_table_and_nobody_elses()
    {
        await using var db = database.CreateContext();
        var admin = await AdminTestServices.AddAdminAsync(db);
        var target = await AddCompleteUserAsync(db);
        var bystander = await AddCompleteUserAsync(db);

        var before = (await AdminUserRows.CountAsync(db, target.Id, default)).PerTable;
        Assert.All(before, table => Assert.True(table.Value > 0, $"{table.Key} has no row for the user, so the test proves nothing for it"));
        var bystanderBefore = (await AdminUserRows.CountAsync(db, bystander.Id, default)).PerTable;

        await AdminTestServices.As(database, admin.Id, Roles.Admin).Actions.DeleteAsync(target.Id);

        await using var after = database.CreateContext();
        Assert.All((await AdminUserRows.CountAsync(after, target.Id, default)).PerTable, table => Assert.Equal(0, table.Value));
        Assert.Equal(bystanderBefore, (await AdminUserRows.CountAsync(after, bystander.Id, default)).PerTable);
    }

    [Fact]
    public async Task The_per_table_count_covers_every_table_with_a_user_id_column()
    {
        await using var db = database.CreateContext();
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT table_name AS \"Value\" FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'user_id' AND table_name <> 'admin_audit_log'")
            .ToListAsync();

        var counted = (await AdminUserRows.CountAsync(db, 0, default)).PerTable.Keys;
        Assert.Empty(tables.Except(counted));
    }

    private static async Task<User> AddCompleteUserAsync(CareerNavigator.Data.CareerNavigatorDbContext db)
    {
        var user = await AdminTestServices.AddAdminAsync(db);
        db.UserProfiles.Add(new UserProfile { UserId = user.Id, CareerGoals = "Lead" });
        db.OnboardingProgress.Add(new OnboardingProgress { UserId = user.Id });
        db.JobExperiences.Add(new JobExperience { UserId = user.Id, CompanyName = "Fabrikam", Position = "Engineer", StartDate = new DateOnly(2019, 1, 1) });
        db.Courses.Add(new Course { UserId = user.Id, CourseName = "SQL" });
        db.AcademicRecords.Add(new AcademicRecord { UserId = user.Id, InstitutionName = "University of Lagos" });
        var cv = new GeneratedProduct { UserId = user.Id, ProductType = ProductType.Cv, Content = "{}", Version = 1, IsActive = true };
        db.GeneratedProducts.Add(cv);
        db.Set<ProductVersionName>().Add(new ProductVersionName { GeneratedProduct = cv, Name = "For Acme" });
        db.Set<ProductVersionDesign>().Add(new ProductVersionDesign { GeneratedProduct = cv, Design = DocumentDesign.Modern });
        db.PersonalAccessTokens.Add(new PersonalAccessToken
        {
            UserId = user.Id, Name = "CRM", TokenHash = Guid.NewGuid().ToString("N"), Prefix = "cnpat_ab", ExpiresAt = DateTime.UtcNow.AddDays(30),
        });
        db.ModelUsage.Add(new ModelUsage { UserId = user.Id, Day = new DateOnly(2026, 12, 1), Units = 3 });
        db.GenerationJobs.Add(new GenerationJob { Id = Guid.NewGuid(), UserId = user.Id, ProductType = ProductType.Cv, Status = GenerationJobStatus.Queued });
        db.EmailOutbox.Add(new OutboundEmail
        {
            UserId = user.Id, Kind = "password_changed", ToAddress = user.Email!, Subject = "s", HtmlBody = "h", TextBody = "t", NextAttemptAt = DateTime.UtcNow,
        });
        db.UserClaims.Add(new IdentityUserClaim<int> { UserId = user.Id, ClaimType = "t", ClaimValue = "v" });
        db.UserLogins.Add(new IdentityUserLogin<int> { UserId = user.Id, LoginProvider = "test", ProviderKey = Guid.NewGuid().ToString() });
        db.UserTokens.Add(new IdentityUserToken<int> { UserId = user.Id, LoginProvider = "test", Name = "t", Value = "v" });
        var occupation = new EscoOccupation
        {
            Uri = $"http://data.europa.eu/esco/occupation/{Guid.NewGuid()}", PreferredLabel = "nurse", AltLabels = "", IscoGroup = "2221",
            Code = "2221.1", Description = "",
        };
        var skill = new EscoSkill
        {
            Uri = $"http://data.europa.eu/esco/skill/{Guid.NewGuid()}", PreferredLabel = "first aid", AltLabels = "", SkillType = "skill/competence",
            ReuseLevel = "cross-sector", Description = "",
        };
        db.GoalOccupations.Add(new GoalOccupation { UserId = user.Id, Occupation = occupation });
        db.SkillDecisions.Add(new SkillDecision { UserId = user.Id, Skill = skill, Confirmed = true });
        db.UserSkills.Add(new UserSkill { UserId = user.Id, Name = "SQL", NormalizedName = "sql", Source = SkillSource.LinkedIn, Confirmed = true });
        var application = new JobApplication
        {
            UserId = user.Id, Company = "Northwind", Role = "Analyst", StatusChangedAt = DateTime.UtcNow,
            StatusChanges = [new ApplicationStatusChange { ToStatus = ApplicationStatus.Saved, ChangedAt = DateTime.UtcNow }],
        };
        db.JobApplications.Add(application);
        // The CV was sent with the application: its key refuses a delete of the version alone, not of the account.
        db.SentVersions.Add(new SentVersion { JobApplication = application, GeneratedProduct = cv });
        db.VersionClaims.Add(new VersionClaim { GeneratedProduct = cv, Kind = ClaimKind.Employer, Text = "Acme", Sentence = "At Acme.", Place = "summary" });
        db.ConfirmedFacts.Add(new ConfirmedFact { UserId = user.Id, Kind = ClaimKind.Skill, Text = "SQL", NormalizedText = "sql" });
        db.UserSettings.Add(new UserSettings { UserId = user.Id, TimeZone = "Europe/Madrid" });
        await db.SaveChangesAsync();
        return user;
    }
}
