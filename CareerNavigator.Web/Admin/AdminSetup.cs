namespace CareerNavigator.Web.Admin;

public static class AdminSetup
{
    public static WebApplicationBuilder AddAdmin(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AdminGuard>();
        builder.Services.AddScoped<AdminOverviewService>();
        builder.Services.AddScoped<UserSearchService>();
        builder.Services.AddScoped<AdminUserRecordService>();
        builder.Services.AddScoped<AdminUserActions>();
        builder.Services.AddScoped<AuditLogService>();
        return builder;
    }
}
