using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Admin;
using CareerNavigator.Web.Api.Products;
using CareerNavigator.Web.Api.Profile;
using CareerNavigator.Web.Api.Records;

namespace CareerNavigator.Web.Api.Admin;

/// <summary>One user in the admin search: the admin grid's row.</summary>
public sealed record AdminUserResource(
    int Id, string Email, string? UserName, string? Group, DateTime CreatedAt, DateTime UpdatedAt,
    bool OnboardingComplete, bool HasActiveCv, bool Disabled)
{
    public static AdminUserResource From(UserRow r) =>
        new(r.Id, r.Email, r.UserName, r.Group?.Label(), r.CreatedAt, r.UpdatedAt, r.OnboardingComplete, r.HasActiveCv, r.Disabled);
}

/// <summary>How many users match: <c>exact</c>, <c>at_least</c> (more than the cap) or the planner's <c>estimate</c>.</summary>
public sealed record AdminUserCountResource(long Value, string Kind)
{
    public static AdminUserCountResource From(UserCount c) => new(c.Value, c.Kind switch
    {
        UserCountKind.Exact => "exact",
        UserCountKind.AtLeast => "at_least",
        _ => "estimate",
    });
}

/// <summary>
/// A page of the admin search. <see cref="Note"/> says how the text was read (for example as an email prefix);
/// <see cref="Count"/> is given on the first page only, as counting is the expensive part.
/// </summary>
public sealed record AdminUserPageResource(IReadOnlyList<AdminUserResource> Items, string? NextCursor, string? Note, AdminUserCountResource? Count);

/// <summary>The account part of a user's record: no password hash, security stamp or other secrets.</summary>
public sealed record AdminAccountResource(
    int Id, string? Email, bool EmailConfirmed, string? UserName, string? Group, IReadOnlyList<string> Roles,
    bool Disabled, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>Where the user is in the onboarding wizard and their answers; the suggested group as its label.</summary>
public sealed record AdminOnboardingResource(
    string CurrentStep, DateTime? CompletedAt, double? YearsOfPaidWork, bool? ChangingField, bool? HasClearGoal,
    string? SuggestedGroup, string? TargetField, string? ChangeReason, IReadOnlyList<string> Interests)
{
    public static AdminOnboardingResource From(OnboardingProgress p) => new(
        p.CurrentStep, p.CompletedAt, p.Answers.YearsOfPaidWork, p.Answers.ChangingField, p.Answers.HasClearGoal,
        p.Answers.SuggestedGroup?.Label(), p.Answers.TargetField, p.Answers.ChangeReason, p.Answers.Interests);
}

/// <summary>Everything stored about one user: the admin record page's content.</summary>
public sealed record AdminUserRecordResource(
    AdminAccountResource Account,
    ProfileResource? Profile,
    AdminOnboardingResource? Onboarding,
    IReadOnlyList<JobResource> Jobs,
    IReadOnlyList<CourseResource> Courses,
    IReadOnlyList<EducationResource> Education,
    IReadOnlyList<VersionSummaryResource> Products,
    int ApplicationCount)
{
    public static AdminUserRecordResource From(AdminUserRecord r) => new(
        new AdminAccountResource(r.Account.Id, r.Account.Email, r.Account.EmailConfirmed, r.Account.UserName, r.Account.UserGroup?.Label(),
            r.Roles, r.Disabled, r.Account.CreatedAt, r.Account.UpdatedAt),
        r.Profile is null ? null : ProfileResource.From(r.Profile),
        r.Onboarding is null ? null : AdminOnboardingResource.From(r.Onboarding),
        [.. r.Jobs.Select(JobResource.From)],
        [.. r.Courses.Select(CourseResource.From)],
        [.. r.Education.Select(EducationResource.From)],
        [.. r.Products.Select(VersionSummaryResource.From)],
        r.Applications);
}
