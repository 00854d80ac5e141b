namespace CareerNavigator.Web.Accounts;

public static class StartupAccounts
{
    /// <summary>Creates the Admin role and grants it to the confirmed accounts listed in Admin:Emails.</summary>
    public static async Task PrepareAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdminRoleAssigner>().EnsureRoleAndListedAdminsAsync();
    }
}
