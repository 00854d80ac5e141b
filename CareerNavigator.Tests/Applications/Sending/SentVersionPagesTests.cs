using Bunit;
using CareerNavigator.Data;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products;
using CareerNavigator.Tests.Products.Versions;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Applications.Sending;
using CareerNavigator.Web.Components.Pages.Products;
using CareerNavigator.Web.Products.Shared;
using CareerNavigator.Web.Products.Versions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CareerNavigator.Tests.Applications.Sending;

/// <summary>
/// Sent versions in the pages (bunit, real services on PostgreSQL): the versions list marks them and offers no edit or
/// delete, a delete from a list read before the freeze shows the refusal, the edit page shows the refusal instead of a
/// form, the CV page offers no design, and the application's page shows what was sent.
/// </summary>
public sealed class SentVersionPagesTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>The applications service with the app's real owner rule (bunit's authorization double knows no policies).</summary>
    private static void WithApplications(IServiceCollection services) => services.AddScoped(sp => new ApplicationService(
        sp.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>(), sp.GetRequiredService<ICurrentUser>(), TestCurrentUser.Authorization, TimeProvider.System));

    /// <summary>A persona with two real CVs (version 1 active) and an application; <paramref name="apply"/> marks it applied.</summary>
    private async Task<(User User, BunitContext Context, JobApplication Application, List<GeneratedProduct> Cvs)> ArrangeAsync(bool apply = true)
    {
        var user = await VersionsFor.PersonaAsync(database);
        var cvs = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 2);
        var applications = new ApplicationService(new TestContextFactory(database), TestCurrentUser.For(user.Id), TestCurrentUser.Authorization, TimeProvider.System);
        var application = await applications.CreateAsync(new ApplicationForm { Company = "Northwind", Role = "Data Analyst" });
        if (apply)
        {
            application = await applications.ChangeStatusAsync(application.Id, ApplicationStatus.Applied);
        }
        var ctx = ProductTestContext.Create(database, signedIn: user, moreServices: WithApplications);
        return (user, ctx, (await applications.FindAsync(application.Id))!, cvs);
    }

    [Fact]
    public async Task The_versions_list_marks_the_sent_version_and_offers_no_edit_or_delete_for_it()
    {
        var (user, ctx, _, cvs) = await ArrangeAsync();
        await using var _ctx = ctx;
        // Version 1 was active when applied; with version 2 active now, only being sent keeps it from being deleted.
        var versions = VersionsFor.User(database, user.Id);
        await versions.ActivateAsync(cvs[1].Id, cvs[0].Id);
        var items = await versions.ListAsync(ProductType.Cv);

        var list = ctx.Render<VersionHistory>(p => p.Add(h => h.Items, items));

        var sent = list.Find($"[data-testid=version-row][data-version='1']");
        Assert.Equal("Sent", sent.QuerySelector("[data-testid=sent-marker]")!.TextContent.Trim());
        Assert.Equal("Sent with Data Analyst at Northwind, so it is kept exactly as sent.", sent.QuerySelector("[data-testid=version-sent]")!.TextContent.Trim());
        Assert.Null(sent.QuerySelector("[data-testid=edit-version]"));
        Assert.Null(sent.QuerySelector("[data-testid=delete-version]"));
        Assert.NotNull(sent.QuerySelector("[data-testid=rename-version]"));
        Assert.NotNull(sent.QuerySelector("[data-testid=activate-version]"));
        var other = list.Find($"[data-testid=version-row][data-version='2']");
        Assert.Null(other.QuerySelector("[data-testid=sent-marker]"));
        Assert.NotNull(other.QuerySelector("[data-testid=edit-version]"));
    }

    [Fact]
    public async Task Deleting_from_a_list_read_before_the_version_was_sent_shows_the_refusal_and_keeps_it()
    {
        var (user, ctx, application, cvs) = await ArrangeAsync(apply: false);
        await using var _ctx = ctx;
        var versions = VersionsFor.User(database, user.Id);
        await versions.ActivateAsync(cvs[1].Id, cvs[0].Id);
        var stale = await versions.ListAsync(ProductType.Cv);
        await versions.ActivateAsync(cvs[0].Id, cvs[1].Id);
        await new ApplicationService(new TestContextFactory(database), TestCurrentUser.For(user.Id), TestCurrentUser.Authorization, TimeProvider.System)
            .ChangeStatusAsync(application.Id, ApplicationStatus.Applied);
        await versions.ActivateAsync(cvs[1].Id, cvs[0].Id);
        // Version 1 was active when applied, so it was sent; the list was read before and still offers its Delete.
        var dialogs = ctx.Render<MudDialogProvider>();
        var list = ctx.Render<VersionHistory>(p => p.Add(h => h.Items, stale));

        list.Find("[data-testid=version-row][data-version='1'] [data-testid=delete-version]").Click();
        dialogs.WaitForElement(".mud-message-box", Patience);
        dialogs.FindAll(".mud-message-box button").Single(b => b.TextContent.Trim() == "Delete").Click();

        list.WaitForAssertion(() => Assert.StartsWith("Version 1 of your CV was sent with your application for Data Analyst at Northwind on ",
            list.Find("[data-testid=version-message]").TextContent.Trim()), Patience);
        Assert.Contains(await versions.ListAsync(ProductType.Cv), v => v.Id == cvs[0].Id);
    }

    [Fact]
    public async Task The_edit_page_of_a_sent_version_shows_the_refusal_instead_of_a_form()
    {
        var (_, ctx, _, cvs) = await ArrangeAsync();
        await using var _ctx = ctx;

        var page = ctx.Render<VersionEditPage>(p => p.Add(e => e.Slug, "cv").Add(e => e.Id, cvs[0].Id));

        page.WaitForElement("[data-testid=edit-refused]", Patience);
        Assert.Contains("was sent with your application for Data Analyst at Northwind", page.Find("[data-testid=edit-refused]").TextContent);
        Assert.Contains("can't be edited", page.Find("[data-testid=edit-refused]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=save-version]"));

        var editable = ctx.Render<VersionEditPage>(p => p.Add(e => e.Slug, "cv").Add(e => e.Id, cvs[1].Id));
        editable.WaitForElement("[data-testid=save-version]", Patience);
        Assert.Empty(editable.FindAll("[data-testid=edit-refused]"));
    }

    [Fact]
    public async Task The_cv_page_showing_a_sent_version_says_so_and_offers_no_other_design()
    {
        var (_, ctx, _, cvs) = await ArrangeAsync();
        await using var _ctx = ctx;

        var navigation = ctx.Services.GetRequiredService<NavigationManager>();

        navigation.NavigateTo($"products/cv?version={cvs[0].Id}");
        var page = ctx.Render<ProductPage>(p => p.Add(e => e.Slug, "cv"));
        page.WaitForElement("[data-testid=shown-sent]", Patience);
        Assert.Equal("Sent with Data Analyst at Northwind, so it is kept exactly as sent, in its design.", page.Find("[data-testid=shown-sent]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=design-picker]"));

        navigation.NavigateTo($"products/cv?version={cvs[1].Id}");
        var other = ctx.Render<ProductPage>(p => p.Add(e => e.Slug, "cv"));
        other.WaitForElement("[data-testid=design-picker]", Patience);
        Assert.Empty(other.FindAll("[data-testid=shown-sent]"));
    }

    [Fact]
    public async Task The_application_shows_what_was_sent_with_its_downloads_and_the_document_itself()
    {
        var (_, ctx, application, cvs) = await ArrangeAsync();
        await using var _ctx = ctx;

        var panel = ctx.Render<SentVersionsPanel>(p => p.Add(s => s.Application, application));

        panel.WaitForElement("[data-testid=sent-version]", Patience);
        Assert.Equal("What was sent", panel.Find("#sent-versions-heading").TextContent.Trim());
        var item = panel.Find("[data-testid=sent-version]");
        Assert.Contains("CV, version 1", item.TextContent);
        Assert.Equal($"/products/cv/versions/{cvs[0].Id}/export.docx".TrimStart('/'), item.QuerySelector("[data-testid=export-docx]")!.GetAttribute("href"));
        Assert.Empty(panel.FindAll("[data-testid=sent-version-document]"));
        panel.Find("[data-testid=sent-version-show]").Click();
        panel.WaitForElement("[data-testid=sent-version-document]", Patience);
    }

    [Fact]
    public async Task Before_applying_the_application_says_what_will_be_kept_and_after_an_empty_send_says_nothing_was()
    {
        var (_, ctx, application, _) = await ArrangeAsync(apply: false);
        await using var _ctx = ctx;

        var before = ctx.Render<SentVersionsPanel>(p => p.Add(s => s.Application, application));
        Assert.Equal("What will be sent", before.Find("#sent-versions-heading").TextContent.Trim());
        Assert.Contains("When you mark this application applied, your active CV", before.Find("[data-testid=sent-versions-preview]").TextContent);

        var stranger = await VersionsFor.PersonaAsync(database);
        var applications = new ApplicationService(new TestContextFactory(database), TestCurrentUser.For(stranger.Id), TestCurrentUser.Authorization, TimeProvider.System);
        var empty = await applications.CreateAsync(new ApplicationForm { Company = "Contoso", Role = "Analyst" }, ApplicationStatus.Applied);
        await using var strangerCtx = ProductTestContext.Create(database, signedIn: stranger, moreServices: WithApplications);
        var emptyApplication = (await applications.FindAsync(empty.Id))!;
        var after = strangerCtx.Render<SentVersionsPanel>(p => p.Add(s => s.Application, emptyApplication));
        after.WaitForElement("[data-testid=sent-versions-none]", Patience);
        Assert.Equal("What was sent", after.Find("#sent-versions-heading").TextContent.Trim());
    }
}
