namespace CareerNavigator.Web.BackgroundJobs;

public static class JobsSetup
{
    /// <summary>Registers the job engine (<see cref="JobEngine"/>); features add their <see cref="IJobHandler"/>s.</summary>
    public static WebApplicationBuilder AddJobs(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JobEngineOptions>().BindConfiguration(JobEngineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<JobEngine>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JobEngine>());
        return builder;
    }
}
