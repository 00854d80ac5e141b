using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Onboarding;

namespace CareerNavigator.Web.Dashboard;

public sealed record DashboardSummary(
    string Email,
    UserGroup? Group,
    IReadOnlyList<ProfileSection> Sections,
    int Jobs,
    int Courses,
    int Education,
    IReadOnlyList<ProductSummary> Products,
    OnboardingStep? OnboardingStep,
    bool OnboardingCompleted,
    NextActionsDue NextActions)
{
    public bool OnboardingStarted => OnboardingStep is not null;

    public int PercentComplete => ProfileCompleteness.Percent(Sections);
    public bool HasAnyProduct => Products.Any(p => p.VersionCount > 0);
}
