using System.Text;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerNavigator.Tests.Applications;

/// <summary>
/// Applications in Chromium: an advert saved from an uploaded file, a card moved by drag and drop and by keyboard on
/// the board with the history kept, the list's filters, and a board of 500. Every page photographed is checked against
/// WCAG 2.2 AA (axe-core).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplicationBoardBrowserTests(BrowserFixture browser, BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Password = "a board of many cards";

    [Fact]
    public async Task An_advert_is_saved_from_a_file_then_moved_by_drag_and_drop_and_by_keyboard_with_every_move_kept()
    {
        var (page, email) = await browser.RegisterAsync(app.BaseUrl, "board", Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Applications", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/applications");
        await Expect(page.GetByTestId("applications-empty")).ToBeVisibleAsync();
        await page.GetByTestId("new-application").ClickAsync();
        await page.WaitForURLAsync("**/applications/new");
        await BrowserFixture.AwaitCircuitAsync(page);
        await BrowserFixture.ChooseFileAsync(page.GetByTestId("application-advert-file"), new FilePayload
        {
            Name = "data-analyst.txt", MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes("Data Analyst at Northwind\n\nYou must have 3 years of SQL. Spanish is nice to have."),
        });
        await Expect(page.GetByTestId("application-advert")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("You must have 3 years of SQL"));
        await page.GetByTestId("application-company").FillAsync("Northwind");
        await page.GetByTestId("application-role").FillAsync("Data Analyst");
        await page.GetByTestId("application-link").FillAsync("https://jobs.example.org/northwind/data-analyst");
        await page.GetByTestId("application-deadline").FillAsync("2030-01-31");
        await BrowserFixture.ScreenshotAsync(page, "applications-01-new");
        await page.GetByTestId("application-save").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/applications/\d+$"));
        await Expect(page.GetByTestId("application-title")).ToHaveTextAsync("Data Analyst");
        await Expect(page.GetByTestId("advert-text")).ToContainTextAsync("Spanish is nice to have.");
        // The advert's match with the (empty) profile sits below it: the preferred Spanish, missing. (This test app has no
        // ESCO rows, so SQL is not recognised as a skill here.)
        var match = page.GetByTestId("match-panel");
        await Expect(match.GetByTestId("requirements-preferred")).ToContainTextAsync("Spanish");
        await Expect(match.Locator("[data-testid=requirement][data-met=true]")).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "applications-01b-match");
        var id = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        await AddApplicationAsync(email, "Contoso", "Nurse", ApplicationStatus.Applied);

        await page.GotoAsync(app.BaseUrl + "applications/board");
        await BrowserFixture.AwaitCircuitAsync(page);
        var card = page.GetByTestId("board-card").Filter(new() { HasText = "Data Analyst" });
        await Expect(page.GetByTestId("board-column-saved").GetByTestId("board-card")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "applications-02-board");

        // Drag and drop: the card goes from Saved to Applied.
        await card.DragToAsync(page.GetByTestId("board-column-applied"));
        await Expect(page.GetByTestId("board-column-applied").GetByTestId("board-card")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("board-column-saved").GetByTestId("board-card")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("board-announcement")).ToHaveTextAsync("Moved Data Analyst at Northwind to Applied.");

        // The keyboard: Tab to the card's list, type the column, Tab to Move, Enter; the focus stays on the card's list.
        var moveList = page.GetByRole(AriaRole.Combobox, new() { Name = "Move Data Analyst at Northwind to" });
        await TabUntilFocusedAsync(page, moveList);
        await page.Keyboard.TypeAsync("Interview");
        await Expect(moveList).ToHaveValueAsync("interview");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move Data Analyst at Northwind" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByTestId("board-column-interview").GetByTestId("board-card")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("board-announcement")).ToHaveTextAsync("Moved Data Analyst at Northwind to Interview.");
        await Expect(page.GetByTestId("board-column-interview").GetByRole(AriaRole.Combobox, new() { Name = "Move Data Analyst at Northwind to" })).ToBeFocusedAsync();
        await BrowserFixture.ScreenshotAsync(page, "applications-03-board-moved");

        await using (var db = app.CreateContext())
        {
            var history = await db.ApplicationStatusChanges.Where(c => c.JobApplicationId == id).OrderBy(c => c.Id)
                .Select(c => new { c.FromStatus, c.ToStatus }).ToListAsync();
            Assert.Equal(
                [(null, ApplicationStatus.Saved), (ApplicationStatus.Saved, ApplicationStatus.Applied), ((ApplicationStatus?)ApplicationStatus.Applied, ApplicationStatus.Interview)],
                history.Select(h => (h.FromStatus, h.ToStatus)));
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Data Analyst" }).ClickAsync();
        await page.WaitForURLAsync($"**/applications/{id}");
        await Expect(page.GetByTestId("status-history").Locator("li")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("application-status-now")).ToHaveTextAsync("Interview");
        await page.GetByTestId("application-next-action").FillAsync("Prepare the SQL exercise");
        await page.GetByTestId("application-next-date").FillAsync("2030-01-10");
        await page.GetByTestId("application-remind").CheckAsync();
        await page.GetByTestId("application-time-zone").SelectOptionAsync("Europe/Madrid");
        await page.GetByTestId("contact-add").ClickAsync();
        await page.GetByTestId("contact-name").FillAsync("Marta Silva");
        await page.GetByTestId("application-save").ClickAsync();
        await Expect(page.GetByTestId("application-saved")).ToHaveTextAsync("Saved.");
        await BrowserFixture.ScreenshotAsync(page, "applications-04-detail");
        await using (var db = app.CreateContext())
        {
            var saved = await db.JobApplications.SingleAsync(a => a.Id == id);
            Assert.Equal(("Prepare the SQL exercise", new DateOnly(2030, 1, 10), true), (saved.NextAction, saved.NextActionDate!.Value, saved.RemindByEmail));
            Assert.Equal("Marta Silva", Assert.Single(saved.Contacts).Name);
            Assert.Equal("Europe/Madrid", await db.UserSettings.Where(s => s.UserId == saved.UserId).Select(s => s.TimeZone).SingleAsync());
        }

        await page.GotoAsync(app.BaseUrl + "applications");
        await BrowserFixture.AwaitCircuitAsync(page);
        await Expect(page.GetByTestId("applications-row")).ToHaveCountAsync(2);
        await page.GetByTestId("filter-status").SelectOptionAsync("Interview");
        await Expect(page.GetByTestId("applications-row")).ToHaveCountAsync(1);
        await page.GetByTestId("filter-status").SelectOptionAsync("");
        await page.GetByTestId("filter-text").FillAsync("nurse");
        await Expect(page.GetByTestId("applications-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("applications-row")).ToContainTextAsync("Contoso");
        await page.GetByTestId("filter-text").FillAsync("");
        await page.GetByTestId("filter-sort").SelectOptionAsync("Company");
        await Expect(page.GetByTestId("applications-row").First).ToContainTextAsync("Contoso");
        await BrowserFixture.ScreenshotAsync(page, "applications-05-list");
    }

    [Fact]
    public async Task A_board_of_500_applications_renders_every_card_in_its_column()
    {
        var (page, email) = await browser.RegisterAsync(app.BaseUrl, "board", Password);
        await AddManyAsync(email, 500);

        await page.GotoAsync(app.BaseUrl + "applications/board");
        await BrowserFixture.AwaitCircuitAsync(page);

        await Expect(page.GetByTestId("board-card")).ToHaveCountAsync(500);
        foreach (var status in Enum.GetValues<ApplicationStatus>())
        {
            var expected = Enumerable.Range(0, 500).Count(i => i % 7 == (int)status);
            await Expect(page.GetByTestId($"board-column-{status.Label()}").GetByTestId("board-card")).ToHaveCountAsync(expected);
        }
        await BrowserFixture.ScreenshotAsync(page, "applications-06-board-500");
    }

    private async Task AddApplicationAsync(string email, string company, string role, ApplicationStatus status)
    {
        await using var db = app.CreateContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        db.JobApplications.Add(new JobApplication
        {
            UserId = userId, Company = company, Role = role, Status = status, StatusChangedAt = DateTime.UtcNow,
            StatusChanges = [new ApplicationStatusChange { ToStatus = status, ChangedAt = DateTime.UtcNow }],
        });
        await db.SaveChangesAsync();
    }

    private async Task AddManyAsync(string email, int count)
    {
        await using var db = app.CreateContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        db.JobApplications.AddRange(Enumerable.Range(0, count).Select(i => new JobApplication
        {
            UserId = userId, Company = $"Company {i}", Role = $"Role {i}", Location = i % 3 == 0 ? "Madrid" : null,
            Status = (ApplicationStatus)(i % 7), StatusChangedAt = DateTime.UtcNow, Deadline = i % 2 == 0 ? new DateOnly(2030, 1, 1 + i % 28) : null,
            NextAction = i % 4 == 0 ? "Follow up" : null, NextActionDate = i % 4 == 0 ? new DateOnly(2030, 2, 1) : null,
        }));
        await db.SaveChangesAsync();
    }

    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {target}.");
    }
}
