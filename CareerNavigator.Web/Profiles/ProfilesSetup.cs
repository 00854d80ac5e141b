using CareerNavigator.Web.Onboarding;

namespace CareerNavigator.Web.Profiles;

public static class ProfilesSetup
{
    public static WebApplicationBuilder AddProfilesAndOnboarding(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ProfileService>();
        builder.Services.AddScoped(typeof(UserRecordStore<>));
        builder.Services.AddScoped<OnboardingService>();
        return builder;
    }
}
