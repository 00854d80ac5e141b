using System.Text.Json;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Admin.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Admin;

public sealed class UserSeederTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Seeding_2000_users_gives_consistent_rows_and_a_second_run_is_refused()
    {
        var output = new StringWriter();
        Assert.Equal(0, await UserSeeder.RunAsync(Services("Development"), ["seed-users", "--count", "2000"], output));

        await using var db = database.CreateContext();
        Assert.Equal(2000, await db.Users.CountAsync(u => u.ConcurrencyStamp == UserSeeder.Marker));
        Assert.Equal(await db.UserProfiles.CountAsync(), await db.OnboardingProgress.CountAsync());
        Assert.Equal(await db.Users.CountAsync(u => u.UserGroup != null), await db.UserProfiles.CountAsync());
        Assert.True(await db.JobExperiences.AnyAsync() && await db.Courses.AnyAsync() && await db.AcademicRecords.AnyAsync());
        Assert.Equal(await db.GeneratedProducts.Select(g => new { g.UserId, g.ProductType }).Distinct().CountAsync(),
            await db.GeneratedProducts.CountAsync(g => g.IsActive));
        Assert.Equal(await db.Users.CountAsync(), await db.Users.Select(u => u.Email).Distinct().CountAsync());
        Assert.Equal(2000, await db.Users.Select(u => u.NormalizedUserName).Distinct().CountAsync());
        // The seeder writes PostgreSQL's binary tuples itself (CopyRowWriter): its values read back as the app's entities.
        var seeded = await db.Users.Where(u => u.ConcurrencyStamp == UserSeeder.Marker).OrderBy(u => u.Id).Take(40).ToListAsync();
        Assert.All(seeded, u =>
        {
            Assert.Equal(u.Email!.ToUpperInvariant(), u.NormalizedEmail);
            Assert.Equal(u.UserName!.ToUpperInvariant(), u.NormalizedUserName);
            Assert.InRange(u.CreatedAt, DateTime.UtcNow.AddYears(-3), DateTime.UtcNow);
            Assert.InRange(u.UpdatedAt, u.CreatedAt, DateTime.UtcNow);
        });
        var job = await db.JobExperiences.OrderBy(j => j.Id).FirstAsync();
        Assert.InRange(job.StartDate, new DateOnly(2000, 1, 1), DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.NotEmpty(job.SkillsUsed);
        var profile = await db.UserProfiles.OrderBy(p => p.Id).FirstAsync();
        Assert.NotEmpty(profile.Languages);
        Assert.NotEmpty(profile.DesiredJobLocations);
        var document = await db.GeneratedProducts.OrderBy(g => g.Id).FirstAsync();
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(document.Content).RootElement.ValueKind);
        Assert.Equal("built-in", document.ModelUsed);
        Assert.False(string.IsNullOrEmpty(document.PromptUsed));
        // The indexes and foreign keys dropped for the load are back.
        Assert.Equal(4, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_indexes WHERE indexname IN ('ix_users_email_trgm', 'ix_users_created_at_id', 'EmailIndex', 'ux_generated_products_one_active')").SingleAsync());
        Assert.Equal(7, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_constraint WHERE contype = 'f' AND confrelid = 'users'::regclass AND conrelid::regclass::text IN ('user_profiles','onboarding_progress','job_experiences','courses','academic_records','generated_products','user_roles')").SingleAsync());
        // A new sign-up gets a fresh id after the seeded ones.
        var user = await TestUsers.AddAsync(db);
        Assert.True(user.Id > await db.Users.Where(u => u.ConcurrencyStamp == UserSeeder.Marker).MaxAsync(u => u.Id));

        var again = new StringWriter();
        Assert.Equal(1, await UserSeeder.RunAsync(Services("Development"), ["seed-users", "--count", "2000"], again));
        Assert.Contains("already holds seeded users", again.ToString());
        Assert.Equal(2000, await db.Users.CountAsync(u => u.ConcurrencyStamp == UserSeeder.Marker));
    }

    [Theory]
    [InlineData("Production", "--count", "10")]
    [InlineData("Development", "--count", "0")]
    [InlineData("Development", "--count", "many")]
    public async Task Production_without_force_and_bad_counts_are_refused(string environment, string option, string value)
    {
        var output = new StringWriter();
        Assert.Equal(1, await UserSeeder.RunAsync(Services(environment), ["seed-users", option, value], output));
        Assert.NotEmpty(output.ToString());
    }

    private ServiceProvider Services(string environment) => CommandServices.For(database, environment);
}
