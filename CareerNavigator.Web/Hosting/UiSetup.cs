using CareerNavigator.Web.Components;
using MudBlazor.Services;

namespace CareerNavigator.Web.Hosting;

public static class UiSetup
{
    public static WebApplicationBuilder AddCareerNavigatorUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.AddAccountFormRateLimits();
        return builder;
    }

    public static WebApplication UseCareerNavigatorPipeline(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseHttpsRedirection();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapHealthChecks("/healthz");
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapAdditionalIdentityEndpoints();
        return app;
    }
}
