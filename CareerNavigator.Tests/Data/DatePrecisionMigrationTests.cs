using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CareerNavigator.Tests.Data;

/// <summary>
/// Rows stored before dates kept their precision: a date on the 1st came from a month picker or an import that filled in
/// the day, so the migration reads it as a month; any other day stays a day. On both providers.
/// </summary>
public sealed class DatePrecisionMigrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Postgres_reads_older_dates_on_the_first_as_months()
    {
        await using var db = database.CreateContext();
        await AssertMigratedPrecisionsAsync(db);
    }

    [Fact]
    public async Task Sqlite_reads_older_dates_on_the_first_as_months()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cn-precision-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteDbContext(DatabaseOptionsBuilder.For<SqliteDbContext>(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false"));
            await AssertMigratedPrecisionsAsync(db);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task AssertMigratedPrecisionsAsync(CareerNavigatorDbContext db)
    {
        var migrator = db.GetService<IMigrator>();
        var before = db.Database.GetMigrations().Last(m => m.EndsWith("_ContactDetails", StringComparison.Ordinal));
        await migrator.MigrateAsync(before);
        var user = await TestUsers.AddAsync(db);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO job_experiences (user_id, company_name, position, start_date, end_date, is_current, achievements, skills_used, created_at, updated_at)
            VALUES ({user.Id}, 'Acme', 'Engineer', {new DateOnly(2019, 3, 1)}, {new DateOnly(2021, 6, 14)}, FALSE, '[]', '[]', {DateTime.UtcNow}, {DateTime.UtcNow})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO courses (user_id, course_name, completion_date, skills_learned, created_at, updated_at)
            VALUES ({user.Id}, 'SQL', {new DateOnly(2020, 5, 20)}, '[]', {DateTime.UtcNow}, {DateTime.UtcNow})
            """);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO academic_records (user_id, institution_name, start_date, created_at, updated_at)
            VALUES ({user.Id}, 'TU Berlin', {new DateOnly(2010, 10, 1)}, {DateTime.UtcNow}, {DateTime.UtcNow})
            """);

        await migrator.MigrateAsync();

        db.ChangeTracker.Clear();
        var job = await db.JobExperiences.SingleAsync(j => j.UserId == user.Id);
        var course = await db.Courses.SingleAsync(c => c.UserId == user.Id);
        var study = await db.AcademicRecords.SingleAsync(a => a.UserId == user.Id);
        Assert.Equal((DatePrecision.Month, DatePrecision.Day), (job.StartDatePrecision, job.EndDatePrecision));
        Assert.Equal(DatePrecision.Day, course.CompletionDatePrecision);
        Assert.Equal((DatePrecision.Month, DatePrecision.Day), (study.StartDatePrecision, study.EndDatePrecision));
        var refused = await Record.ExceptionAsync(() =>
            db.Database.ExecuteSqlAsync($"UPDATE courses SET completion_date_precision = 'week' WHERE user_id = {user.Id}"));
        Assert.Contains("ck_courses_completion_date_precision", refused?.Message ?? "the database let 'week' through");
    }
}
