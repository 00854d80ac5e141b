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
    public static IReadOnlyList<OnboardingStep> For(UserGroup? group) => group switch
    {
        UserGroup.ExperiencedContinuing =>
            [Situation, CvAndLinkedIn, Jobs, Goals, Courses, Education, Languages, Locations, PersonalDetails, AboutYou, Review],
        UserGroup.ExperiencedChanging =>
            [Situation, CvAndLinkedIn, Jobs, Goals, Courses, Education, Languages, Locations, PersonalDetails, AboutYou, Review],
        UserGroup.InexperiencedWithGoal =>
            [Situation, Goals, Education, Courses, Jobs, CvAndLinkedIn, Languages, Locations, PersonalDetails, AboutYou, Review],
        UserGroup.InexperiencedNoGoal =>
            [Situation, AboutYou, Education, Courses, Jobs, Languages, Locations, PersonalDetails, Goals, CvAndLinkedIn, Review],
        _ => [Situation],
    };

    public static OnboardingStep? Next(UserGroup? group, OnboardingStep step) => Neighbour(group, step, +1);

    public static OnboardingStep? Previous(UserGroup? group, OnboardingStep step) => Neighbour(group, step, -1);

    private static OnboardingStep? Neighbour(UserGroup? group, OnboardingStep step, int offset)
    {
        var path = For(group);
        var index = path.ToList().IndexOf(step) + offset;
        return index >= 0 && index < path.Count && path.Contains(step) ? path[index] : null;
    }
}
