using System.Net;
using System.Text.Json;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Trust;

/// <summary>GDPR articles 15, 17 and 20 through the real app, Identity and PostgreSQL.</summary>
public sealed class PersonalDataTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private const string Password = "orange kettle on a quiet monday";
    private AppFactory _app = default!;

    public Task InitializeAsync()
    {
        _app = AppFactory.ForPostgres(database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_download_holds_every_row_of_the_user_in_every_table_and_nobody_elses()
    {
        var (client, user) = await SignedInPersonaAsync();
        var (_, stranger) = await SignedInPersonaAsync();

        var response = await client.PostAsync("/Account/Manage/DownloadPersonalData", await AntiforgeryFormAsync(client));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("career-navigator-my-data-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = await response.Content.ReadAsStringAsync();
        using var export = JsonDocument.Parse(text);
        var tables = export.RootElement.GetProperty("tables");

        await using var db = database.CreateContext();
        var expected = await UserOwnedTables.LoadAsync(db, user.Id);
        Assert.True(expected.Count >= 10, "users, the five seed tables, onboarding progress and Identity's user tables");
        foreach (var (table, rows) in expected)
        {
            Assert.True(tables.TryGetProperty(table.Name, out var exported), $"table {table.Name} missing from the export");
            Assert.Equal(rows.Count, exported.GetArrayLength());
        }
        foreach (var table in new[] { "users", "user_profiles", "job_experiences", "courses", "academic_records", "generated_products", "user_roles", "user_claims", "user_tokens", "job_applications", "job_application_status_changes", "user_settings" })
        {
            Assert.True(tables.GetProperty(table).GetArrayLength() > 0, $"the persona has rows in {table}");
        }
        var application = tables.GetProperty("job_applications")[0];
        Assert.Equal("You must have SQL.", application.GetProperty("advert_text").GetString());
        Assert.Equal("applied", application.GetProperty("status").GetString());
        Assert.Equal("Marta Silva", application.GetProperty("contacts")[0].GetProperty("name").GetString());
        Assert.Equal(2, tables.GetProperty("job_application_status_changes").GetArrayLength());
        var product = tables.GetProperty("generated_products")[0];
        Assert.Equal("a prompt the user may read", product.GetProperty("prompt_used").GetString());
        Assert.Equal(JsonValueKind.Object, product.GetProperty("content").ValueKind);
        Assert.Contains(user.Email!, text);
        Assert.DoesNotContain(stranger.Email!, text);
        // The name and contact columns added beside the seed's are in it too.
        var profileRow = tables.GetProperty("user_profiles")[0];
        Assert.False(string.IsNullOrEmpty(profileRow.GetProperty("full_name").GetString()));
        Assert.Equal(JsonValueKind.Array, profileRow.GetProperty("links").ValueKind);
        Assert.DoesNotContain(user.PasswordHash!, text);
        Assert.DoesNotContain("token value that stays secret", text);
        Assert.Equal("Reset your password", tables.GetProperty("email_outbox")[0].GetProperty("subject").GetString());
        Assert.DoesNotContain("a one-time link that stays secret", text);
    }

    [Fact]
    public async Task A_visitor_cannot_download_anything()
    {
        var visitor = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await visitor.PostAsync("/Account/Manage/DownloadPersonalData", new FormUrlEncodedContent([]));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Content.Headers.ContentType?.MediaType == "application/json");
    }

    [Fact]
    public async Task Deleting_the_account_with_the_password_leaves_zero_rows_in_every_user_table()
    {
        var (client, user) = await SignedInPersonaAsync();
        var (_, stranger) = await SignedInPersonaAsync();
        await using (var before = database.CreateContext())
        {
            Assert.Contains(await UserOwnedTables.LoadAsync(before, user.Id), t => t.Table.Name == "job_experiences" && t.Rows.Count > 0);
            Assert.Contains(await UserOwnedTables.LoadAsync(before, user.Id), t => t.Table.Name == "job_application_status_changes" && t.Rows.Count == 2);
            before.AdminAuditLog.Add(new AdminAuditEntry
            {
                ActorUserId = stranger.Id, ActorEmail = stranger.Email!, TargetUserId = user.Id, TargetEmail = user.Email,
                Action = AdminAction.ViewRecord, OccurredAt = DateTime.UtcNow,
            });
            await before.SaveChangesAsync();
        }

        var response = await FormPost.SubmitAsync(client, "/Account/Manage/DeletePersonalData", "delete-user",
            new Dictionary<string, string> { ["Input.Password"] = Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = database.CreateContext();
        foreach (var (table, rows) in await UserOwnedTables.LoadAsync(db, user.Id))
        {
            Assert.True(rows.Count == 0, $"{rows.Count} rows left in {table.Name}");
        }
        Assert.True(await db.JobExperiences.AnyAsync(j => j.UserId == stranger.Id), "another user's rows stay");
        var audit = await db.AdminAuditLog.Where(e => e.TargetUserId == user.Id).ToListAsync();
        Assert.Equal([AdminAction.ViewRecord, AdminAction.ErasedOwnAccount], audit.OrderBy(e => e.Id).Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(AuditPseudonyms.For(user.Id), e.TargetEmail));
        Assert.False(await db.AdminAuditLog.AnyAsync(e => e.TargetEmail == user.Email || e.ActorEmail == user.Email), "the email is gone from the audit log");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/dashboard")).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not the password at all")]
    public async Task Deleting_the_account_without_the_right_password_deletes_nothing(string password)
    {
        var (client, user) = await SignedInPersonaAsync();

        var response = await FormPost.SubmitAsync(client, "/Account/Manage/DeletePersonalData", "delete-user",
            new Dictionary<string, string> { ["Input.Password"] = password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("password isn", await response.Content.ReadAsStringAsync());
        await using var db = database.CreateContext();
        Assert.True(await db.Users.AnyAsync(u => u.Id == user.Id));
        Assert.True(await db.JobExperiences.AnyAsync(j => j.UserId == user.Id));
    }

    [Fact]
    public async Task The_audit_log_lets_an_email_be_replaced_only_by_its_pseudonym()
    {
        await using var db = database.CreateContext();
        var entry = new AdminAuditEntry
        {
            ActorUserId = 1, ActorEmail = "admin@example.com", TargetUserId = 424242, TargetEmail = "someone@example.com",
            Action = AdminAction.ViewRecord, OccurredAt = DateTime.UtcNow,
        };
        db.AdminAuditLog.Add(entry);
        await db.SaveChangesAsync();
        var row = db.AdminAuditLog.Where(e => e.Id == entry.Id);

        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => row.ExecuteUpdateAsync(s => s.SetProperty(e => e.TargetEmail, "someone-else@example.com")));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => row.ExecuteUpdateAsync(s => s.SetProperty(e => e.TargetEmail, AuditPseudonyms.For(1))));
        Assert.Equal(1, await row.ExecuteUpdateAsync(s => s.SetProperty(e => e.TargetEmail, AuditPseudonyms.For(424242))));
    }

    private async Task<(HttpClient Client, User User)> SignedInPersonaAsync()
    {
        User user;
        await using (var db = database.CreateContext())
        {
            user = await PersonaRows.AddAsync(db, DemoPersonas.All[0]);
            db.GeneratedProducts.Add(new GeneratedProduct
            {
                UserId = user.Id,
                ProductType = ProductType.Cv,
                Content = """{"headline":"Exported"}""",
                Version = 1,
                IsActive = true,
                GeneratedAt = DateTime.UtcNow,
                ModelUsed = "built-in",
                PromptUsed = "a prompt the user may read",
            });
            db.JobApplications.Add(new JobApplication
            {
                UserId = user.Id, Company = "Northwind", Role = "Data Analyst", AdvertText = "You must have SQL.", Status = ApplicationStatus.Applied,
                StatusChangedAt = DateTime.UtcNow, Contacts = [new ApplicationContact("Marta Silva", "Recruiter", "marta@example.org", null)],
                StatusChanges =
                [
                    new ApplicationStatusChange { ToStatus = ApplicationStatus.Saved, ChangedAt = DateTime.UtcNow.AddDays(-1) },
                    new ApplicationStatusChange { FromStatus = ApplicationStatus.Saved, ToStatus = ApplicationStatus.Applied, ChangedAt = DateTime.UtcNow },
                ],
            });
            db.UserSettings.Add(new UserSettings { UserId = user.Id, TimeZone = "Europe/Madrid" });
            db.UserClaims.Add(new IdentityUserClaim<int> { UserId = user.Id, ClaimType = "locale", ClaimValue = "en-GB" });
            db.UserTokens.Add(new IdentityUserToken<int> { UserId = user.Id, LoginProvider = "app", Name = "recovery", Value = "token value that stays secret" });
            db.EmailOutbox.Add(new OutboundEmail
            {
                UserId = user.Id, Kind = "reset_password", ToAddress = user.Email!, Subject = "Reset your password",
                HtmlBody = "<a href=\"https://x/reset?code=a one-time link that stays secret\">", TextBody = "a one-time link that stays secret",
                NextAttemptAt = DateTime.UtcNow.AddDays(1),
            });
            await db.SaveChangesAsync();
        }
        using (var scope = _app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var tracked = (await users.FindByIdAsync(user.Id.ToString()))!;
            Assert.True((await users.AddPasswordAsync(tracked, Password)).Succeeded);
            await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<int>>>().CreateAsync(new IdentityRole<int>("Adviser"));
            await users.AddToRoleAsync(tracked, "Adviser");
            user = tracked;
        }

        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await FormPost.SubmitAsync(client, "/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email!,
            ["Input.Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (client, user);
    }

    private static async Task<FormUrlEncodedContent> AntiforgeryFormAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/Account/Manage/PersonalData");
        return new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = FormPost.TokenIn(page)! });
    }
}
