namespace CareerNavigator.Web.Import;

public static class ImportSetup
{
    /// <summary>The readers hold no state and are shared; the service works for the circuit's signed-in user.</summary>
    public static WebApplicationBuilder AddImport(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CvTextExtractor>();
        builder.Services.AddSingleton<CvReading.BuiltInCvReader>();
        builder.Services.AddSingleton<LinkedInExportReader>();
        builder.Services.AddSingleton<JsonResumeReader>();
        builder.Services.AddScoped<ProfileImportService>();
        return builder;
    }
}
