namespace CareerNavigator.Web.Profiles;

public static class ProfilesSetup
{
    public static WebApplicationBuilder AddProfiles(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ProfileService>();
        builder.Services.AddScoped<Skills.UserSkillService>();
        builder.Services.AddScoped(typeof(UserRecordStore<>));
        return builder;
    }
}
