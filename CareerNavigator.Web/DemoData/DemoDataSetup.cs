namespace CareerNavigator.Web.DemoData;

public static class DemoDataSetup
{
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DemoAccounts>();
        builder.Services.AddScoped<DemoDataSeeder>();
        return builder;
    }
}
