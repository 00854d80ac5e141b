using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Web.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.EndToEnd;

/// <summary>
/// A job seeker (the demo persona Lucía, a backend engineer) pastes an advert into "Check an advert", sees the score
/// with every requirement explained, says "I have this" to a missing language by keyboard alone and sees the score
/// rise; an empty or huge advert is refused with a message. Every page photographed is checked with axe-core.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MatchJourneyTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Advert = """
        Senior Backend Engineer (.NET)
        Kestrel Logistics, Madrid (hybrid)

        Requirements
        - 5+ years of experience as a software developer
        - Strong .NET and Docker
        - Italian at B2 level or higher

        Nice to have
        - Kubernetes
        """;

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
    public async Task A_pasted_advert_is_matched_with_its_reasons_and_I_have_this_raises_the_score_by_keyboard()
    {
        var email = DemoPersonas.All.Single(p => p.DisplayName.StartsWith("Luc", StringComparison.Ordinal)).Email;
        var page = await SignInAsync(email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Check an advert" }).ClickAsync();
        await page.WaitForURLAsync("**/match");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check an advert against my profile", Level = 1 })).ToBeVisibleAsync();
        await AwaitCircuitAsync(page);
        var text = page.GetByLabel("The advert's text");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check the match" }).ClickAsync();
        await Expect(page.GetByText("Paste the advert's text.")).ToBeVisibleAsync();
        // A paste far past the limit is cut one character over it by the text box, and refused with the limit.
        await text.FillAsync(string.Concat(Enumerable.Repeat("Entwicklerin für Datenbanken (m/w/d) – ", 2_000)));
        await Expect(text).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^.{20001}$", System.Text.RegularExpressions.RegexOptions.Singleline));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the match" }).ClickAsync();
        await Expect(page.GetByText("at most 20,000 characters")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "match-01-refused");

        await text.FillAsync(Advert);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the match" }).ClickAsync();
        var score = page.GetByTestId("match-score");
        await Expect(score).ToBeVisibleAsync();
        var before = await ScoreAsync(score);
        await Expect(page.GetByTestId("requirement")).ToHaveCountAsync(5);
        var docker = Requirement(page, "Docker");
        await Expect(docker).ToHaveAttributeAsync("data-met", "true");
        await Expect(docker.GetByTestId("requirement-evidence")).ToContainTextAsync("Job:");
        var italian = Requirement(page, "Italian (B2 or above)");
        await Expect(italian).ToHaveAttributeAsync("data-met", "false");
        await Expect(italian.GetByTestId("requirement-shortfall")).ToContainTextAsync("Italian");
        await BrowserFixture.ScreenshotAsync(page, "match-02-explained");

        var haveThis = italian.GetByRole(AriaRole.Button, new() { Name = "I have this: Italian (B2 or above)" });
        await TabUntilFocusedAsync(page, haveThis);
        await page.Keyboard.PressAsync("Enter");
        var name = italian.Locator("input[data-testid=have-this-name]");
        await Expect(name).ToBeFocusedAsync();
        await Expect(name).ToHaveValueAsync("Italian");
        await BrowserFixture.ScreenshotAsync(page, "match-03-i-have-this");
        await TabUntilFocusedAsync(page, italian.GetByRole(AriaRole.Button, new() { Name = "Add to my profile" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(italian).ToHaveAttributeAsync("data-met", "true");
        await Expect(page.GetByTestId("match-announcement")).ToContainTextAsync("Italian at B2 is on your profile. The match is now");
        Assert.True(await ScoreAsync(score) > before);
        await Expect(italian.GetByTestId("requirement-label")).ToBeFocusedAsync();
        await BrowserFixture.ScreenshotAsync(page, "match-04-rescored");
        await using var db = _database.CreateContext();
        Assert.Contains(await db.UserProfiles.Where(p => p.User!.Email == email).Select(p => p.Languages).SingleAsync(),
            l => l.Language == "Italian" && l.Proficiency == "B2");

        await page.SetViewportSizeAsync(360, 800);
        await Expect(page.GetByTestId("match-score")).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "match-05-phone");
    }

    private static ILocator Requirement(IPage page, string label) =>
        page.GetByTestId("requirement").Filter(new() { Has = page.GetByTestId("requirement-label").GetByText(label, new() { Exact = true }) });

    private static async Task<int> ScoreAsync(ILocator score) =>
        int.Parse((await score.InnerTextAsync()).Split('%')[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static Task AwaitCircuitAsync(IPage page) =>
        Expect(page.GetByRole(AriaRole.Button, new() { Name = "Open navigation" })).ToBeVisibleAsync();

    /// <summary>Presses Tab from where the focus is until <paramref name="target"/> has it: it is reachable by keyboard.</summary>
    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 80; presses++)
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
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(_baseUrl + "Account/Login");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", DemoAccounts.Password);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        return page;
    }
}
