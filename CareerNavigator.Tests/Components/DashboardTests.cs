using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Dashboard;
using Microsoft.Extensions.DependencyInjection;
using DashboardPage = CareerNavigator.Web.Components.Pages.Dashboard.Dashboard;

namespace CareerNavigator.Tests.Components;

public sealed class DashboardTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_new_user_sees_honest_empty_states()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        await using var ctx = ComponentTestContext.Create(database);
        ctx.Services.AddScoped<DashboardService>();
        ctx.SignIn(user.Id, user.Email!);

        var page = ctx.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=products-empty]")));
        Assert.Equal("0%", page.Find("[data-testid=profile-percent]").TextContent.Trim());
        Assert.Equal("Not classified yet", page.Find("[data-testid=user-group]").TextContent.Trim());
        Assert.NotNull(page.Find("[data-testid=profile-empty]"));
    }

    [Fact]
    public async Task A_user_with_a_profile_and_a_product_sees_them_and_not_the_empty_states()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.ExperiencedContinuing);
        db.UserProfiles.Add(new UserProfile { UserId = user.Id, CareerGoals = "Lead a platform team", CvContent = "CV text" });
        db.JobExperiences.Add(new JobExperience { UserId = user.Id, CompanyName = "Acme", Position = "Engineer", StartDate = new DateOnly(2018, 5, 1), IsCurrent = true });
        db.GeneratedProducts.Add(new GeneratedProduct
        {
            UserId = user.Id, ProductType = ProductType.Cv, Version = 1, IsActive = true, Content = "{}", GeneratedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        await using var ctx = ComponentTestContext.Create(database);
        ctx.Services.AddScoped<DashboardService>();
        ctx.SignIn(user.Id, user.Email!);

        var page = ctx.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Contains("version 1 active", page.Markup));
        Assert.Empty(page.FindAll("[data-testid=products-empty]"));
        Assert.Empty(page.FindAll("[data-testid=profile-empty]"));
        Assert.Equal("Experienced, growing in your field", page.Find("[data-testid=user-group]").TextContent.Trim());
    }

    [Fact]
    public async Task The_dashboard_counts_only_the_signed_in_users_rows()
    {
        await using var db = database.CreateContext();
        var mine = await TestUsers.AddAsync(db);
        var theirs = await TestUsers.AddAsync(db);
        db.Courses.Add(new Course { UserId = theirs.Id, CourseName = "Someone else's course" });
        db.GeneratedProducts.Add(new GeneratedProduct
        {
            UserId = theirs.Id, ProductType = ProductType.Cv, Version = 1, IsActive = true, Content = "{}", GeneratedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        await using var ctx = ComponentTestContext.Create(database);
        ctx.Services.AddScoped<DashboardService>();
        ctx.SignIn(mine.Id, mine.Email!);

        var summary = await ctx.Services.GetRequiredService<DashboardService>().GetForCurrentUserAsync();

        Assert.Equal(mine.Email, summary.Email);
        Assert.Equal(0, summary.Courses);
        Assert.False(summary.HasAnyProduct);
    }

    [Fact]
    public async Task Next_actions_due_within_a_week_show_by_the_day_in_the_users_time_zone_overdue_first()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        var stranger = await TestUsers.AddAsync(db);
        // 20:00 UTC on 9 December is already the 10th in Auckland.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 9, 20, 0, 0, TimeSpan.Zero));
        db.UserSettings.Add(new UserSettings { UserId = user.Id, TimeZone = "Pacific/Auckland" });
        JobApplication Application(int userId, string role, string action, DateOnly? due) => new()
        {
            UserId = userId, Company = "Contoso", Role = role, StatusChangedAt = DateTime.UtcNow, NextAction = action, NextActionDate = due,
        };
        db.JobApplications.AddRange(
            Application(user.Id, "Nurse", "Call the ward manager", new DateOnly(2026, 12, 10)),
            Application(user.Id, "Teacher", "Send the references", new DateOnly(2026, 12, 8)),
            Application(user.Id, "Analyst", "Follow up", new DateOnly(2026, 12, 18)),
            Application(user.Id, "Engineer", "No date yet", null),
            Application(stranger.Id, "Pilot", "Someone else's action", new DateOnly(2026, 12, 10)));
        await db.SaveChangesAsync();
        await using var ctx = ComponentTestContext.Create(database);
        ctx.Services.AddSingleton<TimeProvider>(clock);
        ctx.Services.AddScoped<DashboardService>();
        ctx.SignIn(user.Id, user.Email!);

        var page = ctx.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=next-action]").Count));
        var items = page.FindAll("[data-testid=next-action]").Select(li => li.TextContent).ToList();
        Assert.Contains("Overdue since 8 Dec", items[0]);
        Assert.Contains("Send the references", items[0]);
        Assert.Contains("Today", items[1]);
        Assert.Contains("Call the ward manager", items[1]);
        Assert.DoesNotContain("Someone else's action", page.Markup);
    }

    [Fact]
    public async Task Without_a_signed_in_user_the_service_refuses()
    {
        await using var ctx = ComponentTestContext.Create(database);
        ctx.Services.AddScoped<DashboardService>();
        ctx.AddAuthorization();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => ctx.Services.GetRequiredService<DashboardService>().GetForCurrentUserAsync());
    }
}
