namespace CareerNavigator.Web.Admin;

/// <summary>An admin disables an account by locking it out for good; the 15-minute lockouts of wrong passwords are not "disabled".</summary>
public static class AccountLock
{
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    /// <summary>Locked out until the end of time; a day's margin because the database stores microseconds, not ticks.</summary>
    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end >= DisabledUntil.AddDays(-1);
}
