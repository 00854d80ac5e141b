namespace CareerNavigator.Web.DemoData;

public static class DemoDataSetup
{
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DemoAccounts>();
        builder.Services.AddScoped<DemoDataSeeder>();
        return builder;
    }

    /// <summary>Seeds the demo accounts in Development (after the Admin role exists), unless DemoData:Enabled is false.</summary>
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("DemoData:Enabled", true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync();
        }
    }
}
