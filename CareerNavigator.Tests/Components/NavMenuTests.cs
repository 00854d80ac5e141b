using Bunit;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Components.Layout;

namespace CareerNavigator.Tests.Components;

public sealed class NavMenuTests
{
    [Fact]
    public async Task Admins_see_the_administration_links()
    {
        await using var ctx = ComponentTestContext.Create();
        ctx.SignIn(1, "admin@example.com", Roles.Admin);

        var nav = ctx.Render<NavMenu>();

        Assert.Contains(nav.FindAll("a"), a => a.GetAttribute("href") == "admin");
        Assert.Contains(nav.FindAll("a"), a => a.GetAttribute("href") == "dashboard");
    }

    [Fact]
    public async Task Signed_in_users_without_the_role_see_no_administration_links()
    {
        await using var ctx = ComponentTestContext.Create();
        ctx.SignIn(2, "user@example.com");

        var nav = ctx.Render<NavMenu>();

        Assert.DoesNotContain(nav.FindAll("a"), a => a.GetAttribute("href")!.StartsWith("admin"));
        Assert.DoesNotContain("Administration", nav.Markup);
        Assert.Contains(nav.FindAll("a"), a => a.GetAttribute("href") == "dashboard");
        Assert.Contains(nav.FindAll("a"), a => a.GetAttribute("href") == "applications");
        Assert.Contains(nav.FindAll("a"), a => a.GetAttribute("href") == "match" && a.TextContent.Contains("Check an advert"));
    }

    [Fact]
    public async Task Visitors_are_offered_sign_in_and_registration_only()
    {
        await using var ctx = ComponentTestContext.Create();
        ctx.AddAuthorization();

        var nav = ctx.Render<NavMenu>();

        var links = nav.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("Account/Login", links);
        Assert.Contains("Account/Register", links);
        Assert.DoesNotContain("dashboard", links);
        Assert.DoesNotContain("applications", links);
        Assert.DoesNotContain("match", links);
        Assert.DoesNotContain("admin", links);
    }
}
