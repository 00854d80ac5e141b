using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace CareerNavigator.Tests.Data;

/// <summary>Rules the database itself enforces, whatever the application does.</summary>
public sealed class IntegrityTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_second_active_version_of_the_same_product_is_rejected_by_the_database()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        db.GeneratedProducts.Add(Product(user.Id, ProductType.Cv, version: 1, active: true));
        await db.SaveChangesAsync();

        db.GeneratedProducts.Add(Product(user.Id, ProductType.Cv, version: 2, active: true));
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        var postgres = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, postgres.SqlState);
        Assert.Equal("ux_generated_products_one_active", postgres.ConstraintName);
    }

    [Fact]
    public async Task Inactive_versions_and_other_types_may_coexist_with_the_active_one()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        db.GeneratedProducts.AddRange(
            Product(user.Id, ProductType.Cv, 1, active: true),
            Product(user.Id, ProductType.Cv, 2, active: false),
            Product(user.Id, ProductType.Cv, 3, active: false),
            Product(user.Id, ProductType.CareerPlan1Y, 1, active: true));
        await db.SaveChangesAsync();

        Assert.Equal(4, await db.GeneratedProducts.CountAsync(g => g.UserId == user.Id));
    }

    [Fact]
    public async Task The_same_version_number_twice_is_rejected()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        db.GeneratedProducts.AddRange(Product(user.Id, ProductType.Cv, 1, false), Product(user.Id, ProductType.Cv, 1, false));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal("ux_generated_products_user_type_version", Assert.IsType<PostgresException>(error.InnerException).ConstraintName);
    }

    [Fact]
    public async Task A_second_profile_for_the_same_user_is_rejected()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        db.UserProfiles.Add(new UserProfile { UserId = user.Id });
        await db.SaveChangesAsync();

        // A second context, so that EF's own 1:1 fix-up cannot hide the database's answer.
        await using var other = database.CreateContext();
        other.UserProfiles.Add(new UserProfile { UserId = user.Id });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public async Task Deleting_a_user_deletes_every_row_of_theirs()
    {
        await using (var db = database.CreateContext())
        {
            var user = await TestUsers.AddAsync(db, UserGroup.ExperiencedChanging);
            db.UserProfiles.Add(new UserProfile { UserId = user.Id, Languages = [new("English", "C1")], DesiredJobLocations = ["Lisbon"] });
            db.JobExperiences.Add(new JobExperience { UserId = user.Id, CompanyName = "Acme", Position = "Analyst", StartDate = new DateOnly(2020, 1, 1) });
            db.Courses.Add(new Course { UserId = user.Id, CourseName = "SQL basics", DurationHours = 12.5 });
            db.AcademicRecords.Add(new AcademicRecord { UserId = user.Id, InstitutionName = "Open University", Gpa = 3.4 });
            db.GeneratedProducts.Add(Product(user.Id, ProductType.Cv, 1, true));
            await db.SaveChangesAsync();

            db.Users.Remove(user);
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        Assert.Equal(0, await check.UserProfiles.CountAsync(p => p.User == null));
        foreach (var table in new[] { "user_profiles", "job_experiences", "courses", "academic_records", "generated_products" })
        {
            var sql = "SELECT count(*)::int AS \"Value\" FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = t.user_id)";
            var orphans = await check.Database.SqlQueryRaw<int>(sql).SingleAsync();
            Assert.Equal(0, orphans);
        }
    }

    [Fact]
    public async Task Timestamps_are_set_in_utc_on_insert_and_moved_on_update()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero));
        await using var db = new PostgresDbContext(DatabaseOptionsBuilder.For<PostgresDbContext>(DatabaseProvider.Postgres, database.ConnectionString, clock));
        var user = await TestUsers.AddAsync(db);
        var created = user.CreatedAt;
        Assert.Equal(new DateTime(2026, 3, 14, 9, 26, 53, DateTimeKind.Utc), created);
        Assert.Equal(DateTimeKind.Utc, created.Kind);

        clock.Advance(TimeSpan.FromMinutes(5));
        user.UserGroup = UserGroup.InexperiencedWithGoal;
        await db.SaveChangesAsync();

        await using var check = database.CreateContext();
        var stored = await check.Users.SingleAsync(u => u.Id == user.Id);
        Assert.Equal(created, stored.CreatedAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(created.AddMinutes(5), stored.UpdatedAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(UserGroup.InexperiencedWithGoal, stored.UserGroup);
    }

    [Fact]
    public async Task Json_columns_round_trip_lists_and_language_levels()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        db.UserProfiles.Add(new UserProfile
        {
            UserId = user.Id,
            DesiredJobLocations = ["Berlin", "Remote"],
            Languages = [new("Spanish", "native"), new("English", "C1")],
            LinkedinProfileData = """{"profile":{"first_name":"Ana"}}""",
        });
        await db.SaveChangesAsync();

        await using var check = database.CreateContext();
        var profile = await check.UserProfiles.SingleAsync(p => p.UserId == user.Id);
        Assert.Equal(["Berlin", "Remote"], profile.DesiredJobLocations);
        Assert.Equal([new LanguageSkill("Spanish", "native"), new LanguageSkill("English", "C1")], profile.Languages);
        var jsonType = await check.Database.SqlQuery<string>(
            $"SELECT jsonb_typeof(languages) AS \"Value\" FROM user_profiles WHERE user_id = {user.Id}").SingleAsync();
        Assert.Equal("array", jsonType);
    }

    private static GeneratedProduct Product(int userId, ProductType type, int version, bool active) => new()
    {
        UserId = userId,
        ProductType = type,
        Version = version,
        IsActive = active,
        Content = """{"sections":[]}""",
        GeneratedAt = DateTime.UtcNow,
        ModelUsed = "built-in",
    };
}
