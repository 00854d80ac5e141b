using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Onboarding;

/// <summary>The answers of the wizard's first step.</summary>
public sealed record ClassificationAnswers(double YearsOfPaidWork, bool? ChangingField, bool? HasClearGoal);

public sealed record Classification(UserGroup Group, string Reason);

/// <summary>
/// The rules that place a user in one of the four groups. One year of paid work (full-time equivalent)
/// makes a user experienced: below it, most employers and the user themself see a starter profile.
/// </summary>
public static class UserGroupClassifier
{
    public const double ExperienceThresholdYears = 1.0;

    public static bool IsExperienced(double yearsOfPaidWork) => yearsOfPaidWork >= ExperienceThresholdYears;

    public static Classification Classify(ClassificationAnswers answers)
    {
        var years = answers.YearsOfPaidWork;
        if (double.IsNaN(years) || years < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(answers), "Years of paid work cannot be negative.");
        }

        if (IsExperienced(years))
        {
            var experience = years == 1 ? "a year" : $"{years:0.#} years";
            return answers.ChangingField == true
                ? new(UserGroup.ExperiencedChanging,
                    $"You have {experience} of paid work and want to move into a different field, so we'll start from your experience and build a bridge to the new one.")
                : new(UserGroup.ExperiencedContinuing,
                    $"You have {experience} of paid work and want to keep growing on that path, so we'll start from your CV and your jobs.");
        }

        var starting = years > 0 ? "less than a year of paid work" : "no paid work yet";
        return answers.HasClearGoal == true
            ? new(UserGroup.InexperiencedWithGoal,
                $"You have {starting} and a clear goal, so we'll start from that goal and your education.")
            : new(UserGroup.InexperiencedNoGoal,
                $"You have {starting} and are still exploring, so we'll start with what interests you. You don't need to name a goal.");
    }
}
