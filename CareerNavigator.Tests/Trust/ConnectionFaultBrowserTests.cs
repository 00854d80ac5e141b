using System.Text.RegularExpressions;
using CareerNavigator.Tests.EndToEnd;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.Trust;

/// <summary>
/// Faults under a person working through the wizard in Chromium: the network between browser and app drops, and
/// the database restarts. The app and its PostgreSQL belong to this class alone, because one test stops that
/// PostgreSQL; the browser reaches the app through a relay that can cut the wire.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ConnectionFaultBrowserTests(BrowserFixture browser, ConnectionFaultBrowserTests.App app)
    : IClassFixture<ConnectionFaultBrowserTests.App>
{
    [Fact]
    public async Task A_dropped_connection_shows_the_reconnect_notice_and_the_page_continues_with_what_was_typed()
    {
        const string cv = "Amara Okafor\nWarehouse team lead, Lagos Freight, 2019–now";
        var wizard = await OnTheCvStepAsync("fault-network");
        await wizard.FillAsync("Your CV", cv);

        app.Relay.Cut();
        var notice = wizard.Page.Locator("#components-reconnect-modal");
        await Expect(notice).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // One message at a time (Blazor keeps the first attempt's class while it retries).
        await Expect(notice.Locator("p:visible")).ToHaveCountAsync(1);
        await Expect(notice.Locator("p:visible")).ToContainTextAsync(new Regex("^\\s*Connection lost"));
        await wizard.ShotAsync("connection-lost");

        app.Relay.Restore();
        await Expect(notice).ToBeHiddenAsync(new() { Timeout = 60_000 });
        // The same circuit carries on: the text typed before the drop is still in the form, and it saves.
        await Expect(wizard.Field("Your CV")).ToHaveValueAsync(cv);
        await wizard.NextAsync();
        await wizard.ExpectStepAsync("Work experience");

        await using var db = app.CreateContext();
        Assert.True(await db.UserProfiles.AnyAsync(p => p.CvContent == cv), "the CV typed before the drop is saved");
    }

    [Fact]
    public async Task The_database_restarting_during_a_wizard_step_shows_reconnecting_and_loses_nothing()
    {
        const string cv = "Tomasz Nowak\nQuality engineer, Baltic Components, 2021–now";
        var wizard = await OnTheCvStepAsync("fault-database");

        // Stopped before the typing, so no draft can be saved first: "Save and continue" meets the outage.
        await app.Server.StopAsync();
        try
        {
            await wizard.FillAsync("Your CV", cv);
            await wizard.NextAsync();
            await Expect(wizard.Page.GetByTestId("editor-notice")).ToContainTextAsync("Reconnecting to the database", new() { Timeout = 30_000 });
            await wizard.ShotAsync("database-reconnecting");
            await Expect(wizard.Field("Your CV")).ToHaveValueAsync(cv);
        }
        finally
        {
            await app.Server.StartAgainAsync();
        }

        await wizard.ExpectStepAsync("Work experience");
        await Expect(wizard.Page.GetByTestId("editor-error")).ToHaveCountAsync(0);
        await using var db = app.CreateContext();
        Assert.True(await db.UserProfiles.AnyAsync(p => p.CvContent == cv), "the CV saved across the restart");
    }

    [Fact]
    public async Task A_database_restart_after_the_draft_was_saved_holds_the_move_until_it_is_back()
    {
        const string cv = "Ines Duarte\nLab technician, Porto Clinical, 2020–now";
        var wizard = await OnTheCvStepAsync("fault-database-move");
        await wizard.FillAsync("Your CV", cv);
        await Expect(wizard.Page.GetByTestId("draft-saved")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // The step is already saved, so "Save and continue" has only the move to the next step left to do.
        await app.Server.StopAsync();
        try
        {
            await wizard.NextAsync();
            await Expect(wizard.Page.GetByTestId("wizard-notice")).ToContainTextAsync("Reconnecting to the database", new() { Timeout = 30_000 });
            await wizard.ShotAsync("database-move-reconnecting");
            await Expect(wizard.Page.GetByTestId("step-title")).ToHaveTextAsync("CV and LinkedIn");
            await Expect(wizard.Field("Your CV")).ToHaveValueAsync(cv);
        }
        finally
        {
            await app.Server.StartAgainAsync();
        }

        await wizard.ExpectStepAsync("Work experience");
        await Expect(wizard.Page.GetByTestId("wizard-notice")).ToHaveCountAsync(0);
        await Expect(wizard.Page.GetByTestId("wizard-error")).ToHaveCountAsync(0);
        await using var db = app.CreateContext();
        Assert.True(await db.UserProfiles.AnyAsync(p => p.CvContent == cv), "the CV's draft is the saved CV");
    }

    /// <summary>A new user, classified, on the wizard's CV step.</summary>
    private async Task<WizardDriver> OnTheCvStepAsync(string screenshotPrefix)
    {
        var wizard = await WizardDriver.RegisterAsync(browser.Browser, app.Relay.BaseUrl, screenshotPrefix);
        await wizard.ClassifyAsync("6", "Keep growing in the field I work in", "Experienced, growing in your field");
        await wizard.ExpectStepAsync("CV and LinkedIn");
        return wizard;
    }

    /// <summary>The real app on Kestrel over a PostgreSQL cluster of its own, reached through a <see cref="TcpRelay"/>.</summary>
    public sealed class App : IAsyncLifetime
    {
        private MigratedDatabase? _database;
        private AppFactory? _app;

        public PostgresServer Server { get; private set; } = default!;

        public TcpRelay Relay { get; private set; } = default!;

        public CareerNavigator.Data.PostgresDbContext CreateContext() => _database!.CreateContext();

        public async Task InitializeAsync()
        {
            Server = await PostgresServer.StartPrivateAsync();
            _database = MigratedDatabase.On(Server);
            await _database.InitializeAsync();
            // Sessions are checked every second, so that checks certainly meet the database outage: a check that
            // cannot reach the database must not sign the page out (and lose what the user typed).
            _app = AppFactory.ForPostgres(_database.ConnectionString, ("Accounts:SessionCheckSeconds", "1"));
            Relay = new TcpRelay(new Uri(_app.StartKestrel()));
        }

        public async Task DisposeAsync()
        {
            if (Relay is not null)
            {
                await Relay.DisposeAsync();
            }
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
            Npgsql.NpgsqlConnection.ClearAllPools();
            Server?.Remove();
        }
    }
}
