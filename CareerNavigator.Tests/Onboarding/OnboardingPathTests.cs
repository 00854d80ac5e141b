using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Onboarding;
using static CareerNavigator.Web.Onboarding.OnboardingStep;

namespace CareerNavigator.Tests.Onboarding;

public sealed class OnboardingPathTests
{
    public static TheoryData<UserGroup> Groups => new(Enum.GetValues<UserGroup>());

    [Theory]
    [MemberData(nameof(Groups))]
    public void Every_path_reaches_every_step_once_from_situation_to_review(UserGroup group)
    {
        var path = OnboardingPath.For(group);

        Assert.Equal(Situation, path[0]);
        Assert.Equal(Review, path[^1]);
        Assert.Equal(Enum.GetValues<OnboardingStep>().Order(), path.Order());
    }

    [Fact]
    public void Experienced_users_start_from_their_cv_and_jobs()
    {
        Assert.Equal([Situation, CvAndLinkedIn, Jobs, Goals], OnboardingPath.For(UserGroup.ExperiencedContinuing).Take(4));
        Assert.Equal([Situation, CvAndLinkedIn, Jobs, Goals], OnboardingPath.For(UserGroup.ExperiencedChanging).Take(4));
    }

    [Fact]
    public void Users_with_a_goal_start_from_it_and_their_education()
    {
        Assert.Equal([Situation, Goals, Education], OnboardingPath.For(UserGroup.InexperiencedWithGoal).Take(3));
    }

    [Fact]
    public void Users_without_a_goal_start_with_themselves_and_meet_goals_late()
    {
        var path = OnboardingPath.For(UserGroup.InexperiencedNoGoal);
        Assert.Equal(AboutYou, path[1]);
        Assert.True(path.ToList().IndexOf(Goals) > path.Count / 2);
    }

    [Fact]
    public void Before_classification_only_the_first_step_exists()
    {
        Assert.Equal([Situation], OnboardingPath.For(null));
        Assert.Null(OnboardingPath.Next(null, Situation));
    }

    [Fact]
    public void Next_and_previous_walk_the_path()
    {
        Assert.Equal(CvAndLinkedIn, OnboardingPath.Next(UserGroup.ExperiencedContinuing, Situation));
        Assert.Equal(Situation, OnboardingPath.Previous(UserGroup.ExperiencedContinuing, CvAndLinkedIn));
        Assert.Null(OnboardingPath.Next(UserGroup.ExperiencedContinuing, Review));
        Assert.Null(OnboardingPath.Previous(UserGroup.ExperiencedContinuing, Situation));
    }
}
