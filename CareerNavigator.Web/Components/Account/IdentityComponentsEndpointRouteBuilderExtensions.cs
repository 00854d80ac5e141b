using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Hosting;
using CareerNavigator.Web.Privacy;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    // These endpoints are required by the Identity Razor components defined in the /Components/Account/Pages directory of this project.
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<User> signInManager,
            [FromForm] string returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect($"~/{returnUrl}");
        });

        var manageGroup = accountGroup.MapGroup("/Manage").RequireAuthorization();

        manageGroup.MapPost("/DownloadPersonalData", async (
            HttpContext context,
            [FromServices] UserManager<User> userManager,
            [FromServices] PersonalDataExport export,
            [FromServices] TimeProvider clock) =>
        {
            if (!int.TryParse(userManager.GetUserId(context.User), out var userId))
            {
                return Results.NotFound();
            }
            var file = await export.ExportAsync(userId, context.RequestAborted);
            return TypedResults.File(file, "application/json", $"career-navigator-my-data-{clock.GetUtcNow():yyyy-MM-dd}.json");
        }).RequireAntiforgeryToken();

        manageGroup.MapPost("/SignOutEverywhere", async (
            HttpContext context,
            [FromServices] UserManager<User> userManager,
            [FromServices] SignInManager<User> signInManager,
            [FromServices] IDbContextFactory<CareerNavigatorDbContext> contextFactory,
            [FromServices] TimeProvider timeProvider) =>
        {
            if (await userManager.GetUserAsync(context.User) is { } user)
            {
                // A new security stamp invalidates every cookie and circuit of this account within the
                // validation interval; this browser is signed out at once, and API tokens end now.
                await userManager.UpdateSecurityStampAsync(user);
                await AccessTokenRevocation.RevokeAllAsync(contextFactory, user.Id, timeProvider.GetUtcNow().UtcDateTime, context.RequestAborted);
            }
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login?signedOutEverywhere=true");
        }).RequireAntiforgeryToken();

        return accountGroup;
    }
}
