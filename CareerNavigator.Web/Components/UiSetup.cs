using CareerNavigator.Web.Components.Account;
using CareerNavigator.Web.Hosting;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor.Services;

namespace CareerNavigator.Web.Components;

/// <summary>The web front: Razor components, MudBlazor and the request pipeline in front of them.</summary>
public static class UiSetup
{
    public static WebApplicationBuilder AddCareerNavigatorUi(this WebApplicationBuilder builder)
    {
        // A pasted advert or CV reaches the circuit as one message, its text in it twice; SignalR's default 32 KB drops
        // anything past about 16,000 characters without a word. 256 KB carries a text box's limit in any script.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 256 * 1024);
        builder.Services.AddMudServices();
        // The Identity pages' helpers, and the circuit's user, re-validated against the security stamp.
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<IdentityRedirectManager>();
        builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        builder.AddTrustedProxies();
        builder.AddAccountFormRateLimits();
        builder.AddSecureCookies();
        return builder;
    }

    public static WebApplication UseCareerNavigatorPipeline(this WebApplication app)
    {
        // First: everything after it (HSTS, HTTPS redirection, rate limits, cookies) must see the client, not the proxy.
        app.UseForwardedHeaders();
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
        app.UseFriendlyUnreadableForms();

        app.MapHealthChecks("/healthz");
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options =>
            options.ConfigureWebSocketAcceptContext = (_, accept) =>
            {
                // Compression stays on (browsers ask for it), but without context takeover the server's deflate
                // state is released after each message instead of being kept by every idle circuit.
                accept.DangerousEnableCompression = true;
                accept.DisableServerContextTakeover = true;
                return Task.CompletedTask;
            });
        app.MapAdditionalIdentityEndpoints();
        return app;
    }
}
