using NpgsqlTypes;

namespace CareerNavigator.Data.Entities;

/// <summary>The four kinds of job seeker the onboarding wizard tells apart. Labels are the seed's.</summary>
public enum UserGroup
{
    [PgName("experienced_continuing")] ExperiencedContinuing,
    [PgName("experienced_changing")] ExperiencedChanging,
    [PgName("inexperienced_with_goal")] InexperiencedWithGoal,
    [PgName("inexperienced_no_goal")] InexperiencedNoGoal,
}
