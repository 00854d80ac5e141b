using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using CareerNavigator.Data;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>bunit with MudBlazor, the app's services over a real database, and a chosen signed-in user.</summary>
public static class ComponentTestContext
{
    public static BunitContext Create(MigratedDatabase? database = null)
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddScoped<CurrentUser>();
        if (database is not null)
        {
            context.Services.AddSingleton<IDbContextFactory<CareerNavigatorDbContext>>(new TestContextFactory(database));
        }
        return context;
    }

    public static BunitAuthorizationContext SignIn(this BunitContext context, int userId, string email, params string[] roles)
    {
        var auth = context.AddAuthorization();
        auth.SetAuthorized(email);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId.ToString()));
        if (roles.Length > 0)
        {
            auth.SetRoles(roles);
        }
        return auth;
    }
}
