using CareerNavigator.Web.Applications.Letters;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Applications.Reminders;
using CareerNavigator.Web.Applications.Tailoring;
using CareerNavigator.Web.Products.Generation.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerNavigator.Web.Applications;

public static class ApplicationsSetup
{
    /// <summary>The services work for the circuit's or the request's signed-in user; the reminder sender runs in the background.</summary>
    public static WebApplicationBuilder AddApplications(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ApplicationService>();
        services.AddScoped<ApplicationBriefs>();
        services.AddScoped<IApplicationBriefReader>(sp => sp.GetRequiredService<ApplicationBriefs>());
        services.AddScoped<CoverLetterService>();
        services.AddScoped<CvTailoringService>();
        services.AddScoped<TimeZoneSettingService>();
        services.AddSingleton<AdvertFileReader>();
        services.AddSingleton<ApplicationReminderSender>();
        services.AddHostedService(sp => sp.GetRequiredService<ApplicationReminderSender>());
        return builder;
    }
}
