using System.Collections.ObjectModel;
using CareerNavigator.Data.Entities;
using static CareerNavigator.Web.Onboarding.OnboardingStep;

namespace CareerNavigator.Web.Onboarding;

/// <summary>
/// The order of the steps for each group: experienced users start from their CV and jobs; those changing
/// field state where they are going right after; those with a goal start from it and their education; those
/// without one start with interests and life story, and meet the (optional) goals step late.
/// </summary>
public static class OnboardingPath
{
    private static readonly ReadOnlyCollection<OnboardingStep> Experienced = Array.AsReadOnly<OnboardingStep>(
        [Situation, CvAndLinkedIn, Jobs, Goals, Courses, Education, Languages, Locations, PersonalDetails, AboutYou, Review]);
    private static readonly ReadOnlyCollection<OnboardingStep> WithGoal = Array.AsReadOnly<OnboardingStep>(
        [Situation, Goals, Education, Courses, Jobs, CvAndLinkedIn, Languages, Locations, PersonalDetails, AboutYou, Review]);
    private static readonly ReadOnlyCollection<OnboardingStep> WithoutGoal = Array.AsReadOnly<OnboardingStep>(
        [Situation, AboutYou, Education, Courses, Jobs, Languages, Locations, PersonalDetails, Goals, CvAndLinkedIn, Review]);
    private static readonly ReadOnlyCollection<OnboardingStep> Unclassified = Array.AsReadOnly<OnboardingStep>([Situation]);

    /// <summary>The same list instance for a group every time, so the wizard can tell that the path has not changed.</summary>
    public static IReadOnlyList<OnboardingStep> For(UserGroup? group) => Steps(group);

    private static ReadOnlyCollection<OnboardingStep> Steps(UserGroup? group) => group switch
    {
        UserGroup.ExperiencedContinuing or UserGroup.ExperiencedChanging => Experienced,
        UserGroup.InexperiencedWithGoal => WithGoal,
        UserGroup.InexperiencedNoGoal => WithoutGoal,
        _ => Unclassified,
    };

    public static OnboardingStep? Next(UserGroup? group, OnboardingStep step) => Neighbour(group, step, +1);

    public static OnboardingStep? Previous(UserGroup? group, OnboardingStep step) => Neighbour(group, step, -1);

    private static OnboardingStep? Neighbour(UserGroup? group, OnboardingStep step, int offset)
    {
        var path = Steps(group);
        var at = path.IndexOf(step);
        var index = at + offset;
        return at >= 0 && index >= 0 && index < path.Count ? path[index] : null;
    }
}
