using System.Text.Json;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tools.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareerNavigator.Tests.Admin;

public sealed class UserSeederTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    /// <summary>The seeder's clock: seeded dates end here, not at the machine's time.</summary>
    private static readonly DateTime Now = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Seeding_2000_users_gives_consistent_rows_and_a_second_run_is_refused()
    {
        var output = new StringWriter();
        Assert.Equal(0, await UserSeeder.RunAsync(Services("Development"), count: 2000, force: false, timings: false, output));

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
            Assert.InRange(u.CreatedAt, Now.AddYears(-3), Now);
            Assert.InRange(u.UpdatedAt, u.CreatedAt, Now);
        });
        var job = await db.JobExperiences.OrderBy(j => j.Id).FirstAsync();
        Assert.InRange(job.StartDate, new DateOnly(2000, 1, 1), DateOnly.FromDateTime(Now));
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
        Assert.Equal(1, await UserSeeder.RunAsync(Services("Development"), count: 2000, force: false, timings: false, again));
        Assert.Contains("already holds seeded users", again.ToString());
        Assert.Equal(2000, await db.Users.CountAsync(u => u.ConcurrencyStamp == UserSeeder.Marker));
    }

    [Fact]
    public async Task Production_without_force_is_refused()
    {
        var output = new StringWriter();
        Assert.Equal(1, await UserSeeder.RunAsync(Services("Production"), count: 10, force: false, timings: false, output));
        Assert.Contains("refuses to run in Production", output.ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10000001")]
    [InlineData("many")]
    public void A_count_out_of_range_or_not_a_number_is_refused_before_anything_runs(string count)
    {
        var parsed = UserSeeder.Command().Parse(["--count", count]);

        Assert.NotEmpty(parsed.Errors);
    }

    private ServiceProvider Services(string environment) => CommandServices.For(database, environment, new FakeTimeProvider(Now));
}
