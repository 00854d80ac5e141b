using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Onboarding;

/// <summary>How each user group is named to the user it describes.</summary>
public static class UserGroupDescriptions
{
    public static string Title(UserGroup? group) => group switch
    {
        UserGroup.ExperiencedContinuing => "Experienced, growing in your field",
        UserGroup.ExperiencedChanging => "Experienced, changing field",
        UserGroup.InexperiencedWithGoal => "Starting out, with a clear goal",
        UserGroup.InexperiencedNoGoal => "Starting out, exploring options",
        null => "Not classified yet",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}
