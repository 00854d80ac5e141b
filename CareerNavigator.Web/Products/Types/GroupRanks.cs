using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Types;

/// <summary>
/// A product type's place (1 first) in the list each user group sees: someone continuing in their field needs a
/// CV and LinkedIn first; someone changing field or starting with a goal needs the plan and the courses that close
/// the gap; someone exploring needs to see which jobs fit before anything else. <see cref="Unclassified"/> is for
/// users the wizard has not classified yet: the documents most people ask for first.
/// </summary>
public sealed record GroupRanks(
    int Unclassified,
    int ExperiencedContinuing,
    int ExperiencedChanging,
    int InexperiencedWithGoal,
    int InexperiencedNoGoal)
{
    public int For(UserGroup? group) => group switch
    {
        null => Unclassified,
        UserGroup.ExperiencedContinuing => ExperiencedContinuing,
        UserGroup.ExperiencedChanging => ExperiencedChanging,
        UserGroup.InexperiencedWithGoal => InexperiencedWithGoal,
        UserGroup.InexperiencedNoGoal => InexperiencedNoGoal,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}
