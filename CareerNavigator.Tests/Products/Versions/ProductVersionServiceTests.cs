using CareerNavigator.Tests.Occupations;
using System.Text.Json.Nodes;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Versions;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products.Versions;

public sealed class ProductVersionServiceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Activating_a_version_deactivates_the_previous_one()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 3);
        var service = VersionsFor.User(database, user.Id);

        await service.ActivateAsync(versions[2].Id, expectedActiveId: versions[0].Id);
        await service.ActivateAsync(versions[1].Id, expectedActiveId: versions[2].Id);

        var list = await service.ListAsync(ProductType.Cv);
        Assert.Equal([3, 2, 1], list.Select(v => v.Version));
        Assert.Equal(2, Assert.Single(list, v => v.IsActive).Version);
    }

    [Fact]
    public async Task Activating_the_active_version_changes_nothing()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 2);
        var service = VersionsFor.User(database, user.Id);

        var active = await service.ActivateAsync(versions[0].Id, expectedActiveId: versions[0].Id);

        Assert.True(active.IsActive);
        Assert.Equal(1, Assert.Single(await service.ListAsync(ProductType.Cv), v => v.IsActive).Version);
    }

    [Fact]
    public async Task Fifty_concurrent_activations_of_different_versions_leave_exactly_one_active()
    {
        var user = await VersionsFor.PersonaAsync(database, 1);
        await AddPlainVersionsAsync(user.Id, ProductType.CareerPlan1Y, 51);
        var service = VersionsFor.User(database, user.Id);
        var list = await service.ListAsync(ProductType.CareerPlan1Y);
        var first = list.Single(v => v.Version == 1).Id;

        var outcomes = await Task.WhenAll(list.Where(v => v.Version > 1).Select(v => Task.Run(async () =>
        {
            try
            {
                await VersionsFor.User(database, user.Id).ActivateAsync(v.Id, expectedActiveId: first);
                return "won";
            }
            catch (VersionsChangedMeanwhileException ex)
            {
                Assert.Contains("changed meanwhile", ex.Message);
                return "changed meanwhile";
            }
        })));

        Assert.Equal(1, outcomes.Count(o => o == "won"));
        Assert.Equal(49, outcomes.Count(o => o == "changed meanwhile"));
        var after = await service.ListAsync(ProductType.CareerPlan1Y);
        Assert.NotEqual(1, Assert.Single(after, v => v.IsActive).Version);
    }

    [Fact]
    public async Task Fifty_concurrent_activations_without_an_expectation_still_leave_exactly_one_active()
    {
        var user = await VersionsFor.PersonaAsync(database, 2);
        await AddPlainVersionsAsync(user.Id, ProductType.CareerPlan1Y, 50);
        var list = await VersionsFor.User(database, user.Id).ListAsync(ProductType.CareerPlan1Y);

        await Task.WhenAll(list.Select(v => Task.Run(async () =>
        {
            try
            {
                await VersionsFor.User(database, user.Id).ActivateAsync(v.Id, expectedActiveId: null);
            }
            catch (VersionsChangedMeanwhileException)
            {
            }
        })));

        await using var db = database.CreateContext();
        Assert.Equal(1, await db.GeneratedProducts.CountAsync(g => g.UserId == user.Id && g.IsActive));
    }

    [Fact]
    public async Task An_activation_based_on_a_stale_page_is_refused_with_a_friendly_message()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 3);
        var service = VersionsFor.User(database, user.Id);
        await service.ActivateAsync(versions[1].Id, expectedActiveId: versions[0].Id);

        var refused = await Assert.ThrowsAsync<VersionsChangedMeanwhileException>(() => service.ActivateAsync(versions[2].Id, expectedActiveId: versions[0].Id));

        Assert.StartsWith("Your versions were changed meanwhile", refused.Message);
        Assert.Equal(2, Assert.Single(await service.ListAsync(ProductType.Cv), v => v.IsActive).Version);
    }

    [Fact]
    public async Task Saving_an_edit_creates_the_next_version_and_leaves_the_original_untouched()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 2);
        var service = VersionsFor.User(database, user.Id);
        var original = ProductJson.Deserialize<CvContent>(versions[0].Content);
        var edited = original with { Summary = "Rewritten by me.", Skills = [.. original.Skills.Reverse()] };

        var saved = await service.SaveEditAsync(versions[0].Id, latestSeenVersion: 2, edited);

        Assert.Equal((3, false, UserEdits.ModelName), (saved.Version, saved.IsActive, saved.ModelUsed));
        Assert.Equal("Rewritten by me.", ProductJson.Deserialize<CvContent>((await service.GetAsync(saved.Id))!.Content).Summary);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(versions[0].Content), JsonNode.Parse((await service.GetAsync(versions[0].Id))!.Content)));
        Assert.True((await service.GetAsync(versions[0].Id))!.IsActive);
        Assert.Contains("\"version\":1", saved.PromptUsed);
        Assert.True((await service.ListAsync(ProductType.Cv)).Single(v => v.Id == saved.Id).IsUserEdit);
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_saves_nothing()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 1);
        var service = VersionsFor.User(database, user.Id);
        var content = ProductJson.Deserialize<CvContent>(versions[0].Content);
        await service.SaveEditAsync(versions[0].Id, 1, content with { Summary = "First tab." });

        var refused = await Assert.ThrowsAsync<VersionsChangedMeanwhileException>(() =>
            service.SaveEditAsync(versions[0].Id, 1, content with { Summary = "Second tab." }));

        Assert.StartsWith("Version 2 was saved while you were editing", refused.Message);
        var list = await service.ListAsync(ProductType.Cv);
        Assert.Equal([2, 1], list.Select(v => v.Version));
    }

    [Fact]
    public async Task Two_simultaneous_edits_of_the_same_base_save_one_version_and_refuse_the_other()
    {
        var user = await VersionsFor.PersonaAsync(database, 3);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.CareerPlan3Y, 1);
        var plan = ProductJson.Deserialize<CareerPlanContent>(versions[0].Content);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                await VersionsFor.User(database, user.Id).SaveEditAsync(versions[0].Id, 1, plan with { Summary = $"Edit {i}" });
                return true;
            }
            catch (VersionsChangedMeanwhileException)
            {
                return false;
            }
        })));

        Assert.Single(outcomes, won => won);
        Assert.Equal([2, 1], (await VersionsFor.User(database, user.Id).ListAsync(ProductType.CareerPlan3Y)).Select(v => v.Version));
    }

    [Fact]
    public async Task An_edit_with_invalid_content_is_refused_with_the_rules_words()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 1);
        var service = VersionsFor.User(database, user.Id);
        var content = ProductJson.Deserialize<CvContent>(versions[0].Content);

        var empty = await Assert.ThrowsAsync<VersionRefusedException>(() =>
            service.SaveEditAsync(versions[0].Id, 1, content with { Summary = " " }));
        var plan = ProductJson.Deserialize<CareerPlanContent>((await VersionsFor.GenerateAsync(database, user.Id, ProductType.CareerPlan1Y, 1))[0].Content);
        var wrongType = await Assert.ThrowsAsync<VersionRefusedException>(() => service.SaveEditAsync(versions[0].Id, 1, plan));

        Assert.Contains("The CV summary is empty.", empty.Message);
        Assert.Contains("not CV content", wrongType.Message);
        Assert.Single(await service.ListAsync(ProductType.Cv));
    }

    [Fact]
    public async Task Only_the_cv_and_the_plans_can_be_edited()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.PossibleJobs, 1);

        var refused = await Assert.ThrowsAsync<VersionRefusedException>(() =>
            VersionsFor.User(database, user.Id).SaveEditAsync(versions[0].Id, 1, ProductCatalog.Default.For(ProductType.PossibleJobs).Deserialize(versions[0].Content)));

        Assert.Equal("The Possible jobs document can't be edited.", refused.Message);
    }

    [Fact]
    public async Task A_version_can_be_named_renamed_and_unnamed()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 1);
        var service = VersionsFor.User(database, user.Id);

        Assert.Equal("For Acme, March", await service.RenameAsync(versions[0].Id, "  For Acme,\n March "));
        Assert.Equal("For Acme, March", (await service.ListAsync(ProductType.Cv)).Single().Name);
        await service.RenameAsync(versions[0].Id, "For Globex");
        Assert.Equal("For Globex", (await service.ListAsync(ProductType.Cv)).Single().Name);
        Assert.Null(await service.RenameAsync(versions[0].Id, "   "));
        Assert.Null((await service.ListAsync(ProductType.Cv)).Single().Name);
    }

    [Fact]
    public async Task An_over_long_name_is_refused()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 1);

        var refused = await Assert.ThrowsAsync<VersionRefusedException>(() =>
            VersionsFor.User(database, user.Id).RenameAsync(versions[0].Id, new string('a', 81)));

        Assert.Equal("A version name can be at most 80 characters; this one has 81.", refused.Message);
    }

    [Fact]
    public async Task Deleting_a_version_removes_it_and_its_name_but_the_active_one_cannot_be_deleted()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 2);
        var service = VersionsFor.User(database, user.Id);
        await service.RenameAsync(versions[1].Id, "Draft");

        await service.DeleteAsync(versions[1].Id);
        var refused = await Assert.ThrowsAsync<VersionRefusedException>(() => service.DeleteAsync(versions[0].Id));

        Assert.StartsWith("This is your active version, so it can't be deleted.", refused.Message);
        Assert.Equal([1], (await service.ListAsync(ProductType.Cv)).Select(v => v.Version));
        await using var db = database.CreateContext();
        Assert.False(await db.ProductVersionNames.AnyAsync(n => n.GeneratedProductId == versions[1].Id));
    }

    [Fact]
    public async Task Unknown_ids_are_not_found()
    {
        var user = await VersionsFor.PersonaAsync(database);
        var service = VersionsFor.User(database, user.Id);

        Assert.Null(await service.GetAsync(int.MaxValue));
        Assert.Null(await service.CompareAsync(int.MaxValue, -1));
        foreach (var action in new Func<Task>[]
                 {
                     () => service.ActivateAsync(int.MaxValue, null), () => service.DeleteAsync(int.MaxValue),
                     () => service.RenameAsync(int.MaxValue, "x"), () => service.SaveEditAsync(int.MaxValue, 1, new object()),
                 })
        {
            Assert.Equal(ProductVersionService.NotFoundMessage, (await Assert.ThrowsAsync<VersionNotFoundException>(action)).Message);
        }
    }

    [Fact]
    public async Task Another_users_versions_cannot_be_read_named_compared_activated_edited_or_deleted()
    {
        var owner = await VersionsFor.PersonaAsync(database, 0);
        var intruder = await VersionsFor.PersonaAsync(database, 1);
        var theirs = await VersionsFor.GenerateAsync(database, owner.Id, ProductType.Cv, 2);
        var mine = await VersionsFor.GenerateAsync(database, intruder.Id, ProductType.Cv, 1);
        var service = VersionsFor.User(database, intruder.Id);

        Assert.Null(await service.GetAsync(theirs[1].Id));
        Assert.Null(await service.CompareAsync(mine[0].Id, theirs[1].Id));
        Assert.Single(await service.ListAsync(ProductType.Cv));
        await Assert.ThrowsAsync<VersionNotFoundException>(() => service.ActivateAsync(theirs[1].Id, null));
        await Assert.ThrowsAsync<VersionNotFoundException>(() => service.DeleteAsync(theirs[1].Id));
        await Assert.ThrowsAsync<VersionNotFoundException>(() => service.RenameAsync(theirs[1].Id, "mine now"));
        await Assert.ThrowsAsync<VersionNotFoundException>(() => service.SaveEditAsync(theirs[1].Id, 2, ProductJson.Deserialize<CvContent>(theirs[1].Content)));

        var ownerView = await VersionsFor.User(database, owner.Id).ListAsync(ProductType.Cv);
        Assert.Equal([(2, false, (string?)null), (1, true, null)], ownerView.Select(v => (v.Version, v.IsActive, v.Name)));
    }

    [Fact]
    public async Task Without_a_signed_in_user_nothing_is_read()
    {
        var service = new ProductVersionService(new TestContextFactory(database), TestCurrentUser.Nobody(), new ProductContentRules(),
            new ProductVersionWriter(new TestContextFactory(database)), new OccupationServicesFor(database).InputLoader, TimeProvider.System);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => service.ListAsync(ProductType.Cv));
    }

    /// <summary>Many versions without running the generator: copies of one generated plan.</summary>
    private async Task AddPlainVersionsAsync(int userId, ProductType type, int count)
    {
        var first = (await VersionsFor.GenerateAsync(database, userId, type, 1))[0];
        await using var db = database.CreateContext();
        for (var version = 2; version <= count; version++)
        {
            db.GeneratedProducts.Add(new GeneratedProduct
            {
                UserId = userId, ProductType = type, Content = first.Content, Version = version, IsActive = false,
                GeneratedAt = first.GeneratedAt, ModelUsed = first.ModelUsed,
            });
        }
        await db.SaveChangesAsync();
    }
}
