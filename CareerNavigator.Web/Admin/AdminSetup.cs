namespace CareerNavigator.Web.Admin;

public static class AdminSetup
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AdminOverviewService>();
        return builder;
    }
}
