namespace CareerNavigator.Web.Onboarding;

/// <summary>The wizard's steps; <see cref="OnboardingPath"/> orders them per user group.</summary>
public enum OnboardingStep
{
    Situation,
    Goals,
    CvAndLinkedIn,
    Jobs,
    Education,
    Courses,
    AboutYou,
    PersonalDetails,
    Locations,
    Languages,
    Review,
}

public static class OnboardingSteps
{
    public static string Key(this OnboardingStep step) => step.ToString().ToLowerInvariant();

    public static OnboardingStep? FromKey(string? key) =>
        Enum.GetValues<OnboardingStep>().Cast<OnboardingStep?>().FirstOrDefault(s => s!.Value.Key() == key);

    public static string Title(this OnboardingStep step) => step switch
    {
        OnboardingStep.Situation => "Your situation",
        OnboardingStep.Goals => "Goals",
        OnboardingStep.CvAndLinkedIn => "CV and LinkedIn",
        OnboardingStep.Jobs => "Work experience",
        OnboardingStep.Education => "Education",
        OnboardingStep.Courses => "Courses and certificates",
        OnboardingStep.AboutYou => "About you",
        OnboardingStep.PersonalDetails => "Personal details",
        OnboardingStep.Locations => "Where you want to work",
        OnboardingStep.Languages => "Languages",
        OnboardingStep.Review => "Review",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, null),
    };
}
