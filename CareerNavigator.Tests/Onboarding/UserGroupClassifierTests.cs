using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Onboarding;

namespace CareerNavigator.Tests.Onboarding;

public sealed class UserGroupClassifierTests
{
    [Theory]
    [InlineData(4.0, false, null, UserGroup.ExperiencedContinuing)]
    [InlineData(4.0, null, null, UserGroup.ExperiencedContinuing)]
    [InlineData(12.5, true, null, UserGroup.ExperiencedChanging)]
    [InlineData(0.0, null, true, UserGroup.InexperiencedWithGoal)]
    [InlineData(0.5, null, true, UserGroup.InexperiencedWithGoal)]
    [InlineData(0.0, null, false, UserGroup.InexperiencedNoGoal)]
    [InlineData(0.0, null, null, UserGroup.InexperiencedNoGoal)]
    public void Each_combination_of_answers_lands_in_its_group(double years, bool? changing, bool? goal, UserGroup expected)
    {
        Assert.Equal(expected, UserGroupClassifier.Classify(new ClassificationAnswers(years, changing, goal)).Group);
    }

    [Fact]
    public void Exactly_one_year_of_paid_work_is_experienced_and_just_under_it_is_not()
    {
        Assert.Equal(UserGroup.ExperiencedChanging, UserGroupClassifier.Classify(new(1.0, true, null)).Group);
        Assert.Equal(UserGroup.InexperiencedWithGoal, UserGroupClassifier.Classify(new(0.99, true, true)).Group);
    }

    [Fact]
    public void Answers_that_do_not_apply_to_the_experience_level_are_ignored()
    {
        Assert.Equal(UserGroup.ExperiencedContinuing, UserGroupClassifier.Classify(new(3, false, HasClearGoal: false)).Group);
        Assert.Equal(UserGroup.InexperiencedNoGoal, UserGroupClassifier.Classify(new(0, ChangingField: true, false)).Group);
    }

    [Fact]
    public void Changing_an_answer_changes_the_group_and_the_reason()
    {
        var before = UserGroupClassifier.Classify(new(6, false, null));
        var after = UserGroupClassifier.Classify(new(6, true, null));

        Assert.NotEqual(before.Group, after.Group);
        Assert.Contains("different field", after.Reason);
        Assert.Contains("6 years", after.Reason);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Impossible_years_are_refused(double years)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UserGroupClassifier.Classify(new(years, null, null)));
    }
}
