using CareerNavigator.Data;
using Microsoft.AspNetCore.DataProtection;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// Keeps ASP.NET Core Data Protection's keys in the database rather than in one machine's home folder, so
/// sign-in cookies and antiforgery tokens stay valid across restarts and on every instance of the app that
/// shares the database.
/// </summary>
public static class SharedKeyRing
{
    public const string ApplicationName = "CareerNavigator";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services)
    {
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<CareerNavigatorDbContext>();
        return services;
    }
}
