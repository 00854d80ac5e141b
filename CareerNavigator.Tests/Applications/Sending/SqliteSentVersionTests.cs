using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Privacy;
using CareerNavigator.Web.Products.Versions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Applications.Sending;

/// <summary>
/// The embedded default (SQLite) keeps the same rules: the first move out freezes, the sent version's key refuses deleting
/// it alone, and deleting its application or the whole account goes through.
/// </summary>
public sealed class SqliteSentVersionTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private async Task<(SentVersionsUser User, JobApplication Application, GeneratedProduct Cv, GeneratedProduct Letter)> SentAndReplacedAsync()
    {
        var user = await SentVersionsUser.CreateAsync(database);
        var application = await user.SaveApplicationAsync();
        var cv = await user.AddVersionAsync(1, active: true);
        var letter = await user.AddVersionAsync(1, active: true, letterFor: application.Id);
        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Applied);
        await user.Versions.ActivateAsync((await user.AddVersionAsync(2, active: false)).Id, cv.Id);
        return (user, application, cv, letter);
    }

    [Fact]
    public async Task Marking_applied_freezes_and_deleting_a_sent_version_is_refused_by_the_service_and_the_database()
    {
        var (user, application, cv, letter) = await SentAndReplacedAsync();

        Assert.Equal([cv.Id, letter.Id], await user.FrozenAsync(application.Id));
        var refusal = await Assert.ThrowsAsync<VersionRefusedException>(() => user.Versions.DeleteAsync(cv.Id));
        Assert.Contains("was sent with your application for Data Analyst at Northwind", refusal.Message);
        await using var db = database.CreateDbContext();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.GeneratedProducts.Where(g => g.Id == cv.Id).ExecuteDeleteAsync());
        Assert.Equal(787, Assert.IsType<SqliteException>(error).SqliteExtendedErrorCode);
        Assert.True(await user.ExistsAsync(cv.Id));
    }

    [Fact]
    public async Task Deleting_the_application_releases_the_cv_and_deletes_its_letters()
    {
        var (user, application, cv, letter) = await SentAndReplacedAsync();

        await user.Applications.DeleteAsync(application.Id);

        Assert.False(await user.ExistsAsync(letter.Id));
        await user.Versions.DeleteAsync(cv.Id);
        Assert.False(await user.ExistsAsync(cv.Id));
    }

    [Fact]
    public async Task Deleting_the_account_with_sent_versions_deletes_everything()
    {
        var (user, application, cv, letter) = await SentAndReplacedAsync();

        await new AccountEraser(database, TimeProvider.System).EraseAsync(user.Id);

        Assert.False(await user.ExistsAsync(cv.Id));
        Assert.False(await user.ExistsAsync(letter.Id));
        Assert.Empty(await user.FrozenAsync(application.Id));
    }
}
