using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.DemoData;

/// <summary>One demo job seeker: account details plus a complete profile; <see cref="GoalOccupationUri"/> is the ESCO occupation chosen as their goal, if any.</summary>
/// <remarks>The factories create fresh entity instances on every call, so each seeding run gets its own objects.</remarks>
public sealed record DemoPersona(
    string Email,
    string DisplayName,
    UserGroup Group,
    string Description,
    Func<UserProfile> Profile,
    Func<IReadOnlyList<JobExperience>> Jobs,
    Func<IReadOnlyList<Course>> Courses,
    Func<IReadOnlyList<AcademicRecord>> Education,
    string? GoalOccupationUri = null);

/// <summary>Four demo job seekers, one per <see cref="UserGroup"/>. All names, companies and institutions are fictional.</summary>
public static partial class DemoPersonas
{
    public static IReadOnlyList<DemoPersona> All { get; } = [Lucia(), Chinedu(), Angelica(), Kacper()];
}
