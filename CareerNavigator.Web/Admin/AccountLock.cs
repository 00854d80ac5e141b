namespace CareerNavigator.Web.Admin;

/// <summary>An admin disables an account by locking it out for good; the 15-minute lockouts of wrong passwords are not "disabled".</summary>
public static class AccountLock
{
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end > DateTimeOffset.UtcNow.AddYears(100);
}
