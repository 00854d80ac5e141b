using CareerNavigator.Web.DemoData;

namespace CareerNavigator.Web.Accounts;

public static class StartupAccounts
{
    /// <summary>Creates the Admin role, grants it to Admin:Emails, and seeds the demo accounts in Development.</summary>
    public static async Task PrepareAccountsAsync(this WebApplication app)
    {
        app.WarnWhenKeysAreUnencrypted();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdminRoleAssigner>().EnsureRoleAndListedAdminsAsync();
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("DemoData:Enabled", true))
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }
}
