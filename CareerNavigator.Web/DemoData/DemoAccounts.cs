namespace CareerNavigator.Web.DemoData;

public sealed record DemoAccount(string Email, string Password, string Description);

/// <summary>The demo sign-ins that Development seeds and the login page lists (in Development only).</summary>
public sealed class DemoAccounts
{
    public const string Password = "demo-navigator-2026";
    public const string AdminEmail = "admin@demo.careernavigator.local";

    public string DemoPassword => Password;

    public IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new(AdminEmail, Password, "Administrator"),
        .. DemoPersonas.All.Select(p => new DemoAccount(p.Email, Password, p.Description)),
    ];
}
