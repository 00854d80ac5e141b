namespace CareerNavigator.Web.Dashboard;

public static class DashboardSetup
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DashboardService>();
        return builder;
    }
}
