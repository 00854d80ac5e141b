namespace CareerNavigator.Web.Accounts;

/// <summary>Section <c>Admin</c>: accounts with these emails get the Admin role (at start-up and when they register).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public List<string> Emails { get; set; } = [];
}
