using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Admin;

/// <summary>Everything stored about one user, for the admin record page. Products hold every version, newest first.</summary>
public sealed record AdminUserRecord(
    User Account,
    IReadOnlyList<string> Roles,
    UserProfile? Profile,
    OnboardingProgress? Onboarding,
    IReadOnlyList<JobExperience> Jobs,
    IReadOnlyList<Course> Courses,
    IReadOnlyList<AcademicRecord> Education,
    IReadOnlyList<GeneratedProduct> Products,
    int Applications)
{
    public bool Disabled => AccountLock.IsDisabled(Account.LockoutEnd);
    public bool IsAdmin => Roles.Contains(Accounts.Roles.Admin);
}
