namespace CareerNavigator.Web.Onboarding;

public static class OnboardingSetup
{
    public static WebApplicationBuilder AddOnboarding(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OnboardingService>();
        return builder;
    }
}
