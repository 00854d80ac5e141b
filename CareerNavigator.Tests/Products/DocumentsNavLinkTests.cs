using Bunit;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Layout;

namespace CareerNavigator.Tests.Products;

public sealed class DocumentsNavLinkTests
{
    [Fact]
    public async Task Signed_in_users_see_the_documents_link()
    {
        await using var ctx = ComponentTestContext.Create();
        ctx.SignIn(3, "user@example.com");

        var nav = ctx.Render<NavMenu>();

        Assert.Contains(nav.FindAll("a"), a => a.GetAttribute("href") == "products" && a.TextContent.Trim() == "Documents");
    }

    [Fact]
    public async Task Visitors_do_not_see_the_documents_link()
    {
        await using var ctx = ComponentTestContext.Create();
        ctx.AddAuthorization();

        var nav = ctx.Render<NavMenu>();

        Assert.DoesNotContain(nav.FindAll("a"), a => a.GetAttribute("href") == "products");
    }
}
