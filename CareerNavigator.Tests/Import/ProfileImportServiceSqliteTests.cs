using CareerNavigator.Data;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Import;

/// <summary>The embedded default database: the same import, once, on SQLite.</summary>
public sealed class ProfileImportServiceSqliteTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{

    [Fact]
    public async Task Importing_the_same_resume_twice_on_SQLite_creates_no_duplicates()
    {
        int userId;
        await using (var db = database.CreateDbContext())
        {
            userId = (await TestUsers.AddAsync(db)).Id;
        }
        var imported = new JsonResumeReader().Read(JsonResumeReaderTests.CompleteResume).Value!;
        var service = new ProfileImportService(database, TestCurrentUser.For(userId));

        var first = await service.ApplyAsync(imported);
        var second = await service.ApplyAsync(imported);

        Assert.Equal((3, 2, 1, 3), (first.Jobs.Added, first.Education.Added, first.Courses.Added, first.Languages.Added));
        Assert.Equal(0, second.TotalAdded);
        await using var check = database.CreateDbContext();
        Assert.Equal(3, await check.JobExperiences.CountAsync(j => j.UserId == userId));
        Assert.Equal("https://www.linkedin.com/in/richard-h", (await check.UserProfiles.SingleAsync(p => p.UserId == userId)).LinkedinProfileUrl);
    }
}
