using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerNavigator.Web.Privacy;

public static class PrivacySetup
{
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<PersonalDataExport>();
        builder.Services.AddScoped<AccountEraser>();
        return builder;
    }
}
