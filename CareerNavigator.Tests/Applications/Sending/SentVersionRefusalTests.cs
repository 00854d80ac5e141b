using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Admin;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Privacy;
using CareerNavigator.Web.Products.Versions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerNavigator.Tests.Applications.Sending;

/// <summary>
/// Frozen versions on PostgreSQL: editing, deleting and redesigning them is refused with a message naming the application
/// (through the services and by the database itself), naming them stays allowed, and deleting the application or the
/// account lets them go.
/// </summary>
public sealed class SentVersionRefusalTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private Task<SentVersionsUser> NewUserAsync() => SentVersionsUser.CreateAsync(new TestContextFactory(database));

    /// <summary>A user whose CV version 1 and letter version 1 were sent with an application, then replaced by version 2 of each.</summary>
    private async Task<(SentVersionsUser User, JobApplication Application, GeneratedProduct Cv, GeneratedProduct Letter)> SentAndReplacedAsync()
    {
        var user = await NewUserAsync();
        var application = await user.SaveApplicationAsync();
        var cv = await user.AddVersionAsync(1, active: true);
        var letter = await user.AddVersionAsync(1, active: true, letterFor: application.Id);
        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Applied);
        await user.Versions.ActivateAsync((await user.AddVersionAsync(2, active: false)).Id, cv.Id);
        await user.Versions.ActivateAsync((await user.AddVersionAsync(2, active: false, letterFor: application.Id)).Id, letter.Id);
        return (user, application, cv, letter);
    }

    private static string Today => DateTime.UtcNow.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Deleting_a_sent_version_is_refused_with_a_message_naming_the_application_and_the_day()
    {
        var (user, _, cv, letter) = await SentAndReplacedAsync();

        var cvRefusal = await Assert.ThrowsAsync<VersionRefusedException>(() => user.Versions.DeleteAsync(cv.Id));
        var letterRefusal = await Assert.ThrowsAsync<VersionRefusedException>(() => user.Versions.DeleteAsync(letter.Id));

        Assert.Equal($"Version 1 of your CV was sent with your application for Data Analyst at Northwind on {Today}, so it is kept exactly as sent and can't be deleted.",
            cvRefusal.Message);
        Assert.Equal($"Version 1 of your cover letter was sent with your application for Data Analyst at Northwind on {Today}, so it is kept exactly as sent and can't be deleted.",
            letterRefusal.Message);
        Assert.True(await user.ExistsAsync(cv.Id));
        Assert.True(await user.ExistsAsync(letter.Id));
    }

    [Fact]
    public async Task A_version_that_was_not_sent_still_deletes()
    {
        var (user, _, _, _) = await SentAndReplacedAsync();
        var unsent = await user.AddVersionAsync(3, active: false);

        await user.Versions.DeleteAsync(unsent.Id);

        Assert.False(await user.ExistsAsync(unsent.Id));
    }

    [Fact]
    public async Task Editing_a_sent_version_is_refused_and_stores_nothing()
    {
        var (user, _, cv, _) = await SentAndReplacedAsync();

        var refusal = await Assert.ThrowsAsync<VersionRefusedException>(() => user.Versions.SaveEditAsync(cv.Id, 2, new object()));

        Assert.Equal($"Version 1 of your CV was sent with your application for Data Analyst at Northwind on {Today}, so it is kept exactly as sent and can't be edited. To change it, edit another version, or make a new one.",
            refusal.Message);
        Assert.Equal([2, 1], (await user.Versions.ListAsync(ProductType.Cv)).Select(v => v.Version));
    }

    [Fact]
    public async Task Choosing_another_design_for_a_sent_version_is_refused_and_naming_it_is_allowed()
    {
        var (user, _, cv, _) = await SentAndReplacedAsync();

        var refusal = await Assert.ThrowsAsync<VersionRefusedException>(() => user.Designs.SetAsync(cv.Id, DocumentDesign.Modern));
        var name = await user.Versions.RenameAsync(cv.Id, "Sent to Northwind");

        Assert.EndsWith("so it is kept exactly as sent and its design can't be changed.", refusal.Message);
        Assert.Equal(DocumentDesign.Classic, await user.Designs.GetAsync(cv.Id));
        Assert.Equal("Sent to Northwind", name);
        // The version that was not sent takes a design as before.
        var current = (await user.Versions.ListAsync(ProductType.Cv)).Single(v => v.IsActive);
        await user.Designs.SetAsync(current.Id, DocumentDesign.Modern);
        Assert.Equal(DocumentDesign.Modern, await user.Designs.GetAsync(current.Id));
    }

    [Fact]
    public async Task A_design_chosen_before_the_version_was_sent_stays_and_cannot_be_changed_after()
    {
        var user = await NewUserAsync();
        var application = await user.SaveApplicationAsync();
        var cv = await user.AddVersionAsync(1, active: true);
        await user.Designs.SetAsync(cv.Id, DocumentDesign.Compact);
        await user.Applications.ChangeStatusAsync(application.Id, ApplicationStatus.Applied);

        await Assert.ThrowsAsync<VersionRefusedException>(() => user.Designs.SetAsync(cv.Id, DocumentDesign.Classic));

        Assert.Equal(DocumentDesign.Compact, await user.Designs.GetAsync(cv.Id));
        Assert.Equal(DocumentDesign.Compact, Assert.Single(await user.Applications.SentAsync(application.Id)).Design);
    }

    [Fact]
    public async Task The_versions_list_says_which_application_each_sent_version_went_with()
    {
        var (user, _, cv, _) = await SentAndReplacedAsync();
        var second = await user.SaveApplicationAsync(company: "Contoso");
        await user.Versions.ActivateAsync(cv.Id, null);
        await user.Applications.ChangeStatusAsync(second.Id, ApplicationStatus.Applied);

        var list = await user.Versions.ListAsync(ProductType.Cv);

        Assert.Equal([(2, null), (1, "Sent with Data Analyst at Northwind and 1 other application")],
            list.Select(v => (v.Version, v.Sent?.Summary)));
    }

    [Fact]
    public async Task The_database_itself_refuses_deleting_a_sent_version()
    {
        var (user, _, cv, _) = await SentAndReplacedAsync();
        await using var db = database.CreateContext();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.GeneratedProducts.Where(g => g.Id == cv.Id).ExecuteDeleteAsync());

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, Assert.IsType<PostgresException>(error).SqlState);
        Assert.True(await user.ExistsAsync(cv.Id));
    }

    [Fact]
    public async Task A_version_frozen_while_its_delete_waits_is_refused_with_the_same_message()
    {
        var user = await NewUserAsync();
        var application = await user.SaveApplicationAsync();
        await user.AddVersionAsync(2, active: true);
        var old = await user.AddVersionAsync(1, active: false);
        await using var freezer = database.CreateContext();
        var deleting = await freezer.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await freezer.Database.BeginTransactionAsync();
            freezer.SentVersions.Add(new SentVersion { JobApplicationId = application.Id, GeneratedProductId = old.Id });
            await freezer.SaveChangesAsync();

            // The DELETE's own "not sent" condition cannot see the freeze yet: it waits for the row, then the key refuses it.
            var waiting = user.Versions.DeleteAsync(old.Id);
            await Task.Delay(500);
            Assert.False(waiting.IsCompleted, "the delete waits for the freeze's transaction");
            await transaction.CommitAsync();
            return waiting;
        });

        var refusal = await Assert.ThrowsAsync<VersionRefusedException>(() => deleting);
        Assert.StartsWith("Version 1 of your CV was sent with your application for Data Analyst at Northwind", refusal.Message);
        Assert.True(await user.ExistsAsync(old.Id));
    }

    [Fact]
    public async Task Deleting_the_application_releases_the_cv_version_and_deletes_its_letters()
    {
        var (user, application, cv, letter) = await SentAndReplacedAsync();

        await user.Applications.DeleteAsync(application.Id);

        Assert.False(await user.ExistsAsync(letter.Id));
        Assert.Empty(await user.FrozenAsync(application.Id));
        Assert.Null((await user.Versions.ListAsync(ProductType.Cv)).Single(v => v.Id == cv.Id).Sent);
        await user.Versions.DeleteAsync(cv.Id);
        Assert.False(await user.ExistsAsync(cv.Id));
    }

    [Fact]
    public async Task Deleting_the_account_deletes_its_sent_versions_with_everything_else()
    {
        var (user, application, cv, _) = await SentAndReplacedAsync();

        await new AccountEraser(new TestContextFactory(database), TimeProvider.System).EraseAsync(user.Id);

        Assert.False(await user.ExistsAsync(cv.Id));
        Assert.Empty(await user.FrozenAsync(application.Id));
    }

    [Fact]
    public async Task An_admin_deleting_an_account_with_sent_versions_deletes_them_too()
    {
        var (user, application, cv, _) = await SentAndReplacedAsync();
        int adminId;
        await using (var db = database.CreateContext())
        {
            adminId = (await AdminTestServices.AddAdminAsync(db)).Id;
        }

        await AdminTestServices.As(database, adminId, Roles.Admin).Actions.DeleteAsync(user.Id);

        Assert.False(await user.ExistsAsync(cv.Id));
        Assert.Empty(await user.FrozenAsync(application.Id));
    }

    [Fact]
    public async Task Another_users_sent_version_answers_not_found_and_names_no_application()
    {
        var (owner, _, cv, letter) = await SentAndReplacedAsync();
        var stranger = await NewUserAsync();

        foreach (var id in new[] { cv.Id, letter.Id })
        {
            var deleting = await Assert.ThrowsAsync<VersionNotFoundException>(() => stranger.Versions.DeleteAsync(id));
            await Assert.ThrowsAsync<VersionNotFoundException>(() => stranger.Versions.SaveEditAsync(id, 9, new object()));
            await Assert.ThrowsAsync<VersionNotFoundException>(() => stranger.Designs.SetAsync(id, DocumentDesign.Modern));
            Assert.DoesNotContain("Northwind", deleting.Message);
        }
        Assert.True(await owner.ExistsAsync(cv.Id));
    }
}
