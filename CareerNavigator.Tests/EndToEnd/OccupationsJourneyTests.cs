using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Web.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.EndToEnd;

/// <summary>
/// A care assistant studying nursing (the demo persona Angelica Reyes) searches the occupations, opens ESCO's general nurse,
/// sets it as her goal and sees the skills her records show, with the evidence; by mouse and by keyboard, at desktop and phone widths.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OccupationsJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly MigratedDatabase _database = new();
    private AppFactory _app = default!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using (var db = _database.CreateContext())
        {
            await EscoSample.SeedAsync(db);
        }
        _app = new AppFactory(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:DefaultConnection"] = _database.ConnectionString,
            ["DemoData:Enabled"] = "true",
        });
        _baseUrl = _app.StartKestrel();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_nursing_student_finds_general_nurse_sets_it_as_her_goal_and_sees_the_skills_she_shows_with_evidence()
    {
        var email = DemoPersonas.All.Single(p => p.DisplayName == "Angelica Reyes").Email;
        // The demo data gives her this goal already; the journey is her choosing it.
        await using (var db = _database.CreateContext())
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            Assert.Equal(1, await db.GoalOccupations.Where(g => g.UserId == userId).ExecuteDeleteAsync());
        }
        var page = await SignInAsync(email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Occupations", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/occupations");
        await Expect(page.GetByTestId("isco-groups").GetByRole(AriaRole.Link)).ToHaveCountAsync(10);
        await BrowserFixture.ScreenshotAsync(page, "occupations-01-browse");

        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search occupations" });
        await TabUntilFocusedAsync(page, search);
        await page.Keyboard.TypeAsync("nurse");
        await Expect(search).ToHaveValueAsync("nurse");
        var general = page.GetByTestId("occupation-results").GetByRole(AriaRole.Link, new() { Name = "nurse responsible for general care" });
        await Expect(general).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "occupations-02-search");

        await general.ClickAsync();
        await page.WaitForURLAsync("**/occupations/*");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nurse responsible for general care", Level = 1 })).ToBeVisibleAsync();
        var setGoal = page.GetByRole(AriaRole.Button, new() { Name = "Set as my goal" });
        await TabUntilFocusedAsync(page, setGoal);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("your-goal")).ToHaveTextAsync("Your goal");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Skills you show" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("evidence").Filter(new() { HasText = "Job 1 (Care Assistant" }).First).ToBeVisibleAsync();
        await TabUntilFocusedAsync(page, page.GetByTestId("not-me").First);
        await BrowserFixture.ScreenshotAsync(page, "occupations-03-general-nurse");

        // A phone opens the page at its own width (the layout's drawer is laid out at start).
        await page.SetViewportSizeAsync(360, 800);
        await page.ReloadAsync();
        await AwaitCircuitAsync(page);
        await Expect(page.GetByTestId("skills-shown")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("your-goal")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "occupations-04-general-nurse-phone");
        await page.GotoAsync(_baseUrl + "occupations?group=2221");
        await AwaitCircuitAsync(page);
        await Expect(page.GetByTestId("group-occupations")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "occupations-05-group-phone");

        // The profile's goals show the goal as a button until it is opened; by keyboard it opens with the focus in the
        // search field, takes typing and a choice, and the section saves it.
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync(_baseUrl + "profile");
        await AwaitCircuitAsync(page);
        var opener = page.GetByRole(AriaRole.Button, new() { Name = "Target occupation (ESCO, optional) nurse responsible for general care" });
        await Expect(opener).ToBeVisibleAsync();
        await TabUntilFocusedAsync(page, opener);
        await page.Keyboard.PressAsync("Enter");
        // The autocomplete's input replaces the button once the server has rendered it.
        var field = page.Locator("input[data-testid=goal-occupation]");
        await Expect(field).ToBeFocusedAsync();
        await Expect(field).ToHaveValueAsync("nurse responsible for general care");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("data analyst");
        await Expect(page.Locator(".mud-popover-open").GetByText("data analyst", new() { Exact = true })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(field).ToHaveValueAsync("data analyst");
        await BrowserFixture.ScreenshotAsync(page, "occupations-06-goal-field-chosen");
        await page.Locator(".profile-section").Filter(new() { Has = field })
            .GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Saved.")).ToBeVisibleAsync();
        await using var check = _database.CreateContext();
        Assert.Equal(EscoSample.DataAnalyst, await check.GoalOccupations.Where(g => g.User!.Email == email).Select(g => g.Occupation!.Uri).SingleAsync());
    }

    /// <summary>The menu button appears once the page is interactive; the content it loads again then is awaited after it.</summary>
    private static Task AwaitCircuitAsync(IPage page) =>
        Expect(page.GetByRole(AriaRole.Button, new() { Name = "Open navigation" })).ToBeVisibleAsync();

    /// <summary>Presses Tab from where the focus is until <paramref name="target"/> has it: it is reachable by keyboard.</summary>
    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement || el.contains(document.activeElement)"))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {target}.");
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        // The first page of a freshly started app (demo data, ESCO catalog warm-up) can take longer on a busy machine.
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(_baseUrl + "Account/Login");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", DemoAccounts.Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        return page;
    }
}
