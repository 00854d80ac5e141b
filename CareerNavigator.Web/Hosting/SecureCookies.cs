using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace CareerNavigator.Web.Hosting;

/// <summary>
/// Outside Development the sign-in cookies (every cookie authentication scheme Identity registers) and the
/// antiforgery cookie are marked Secure, so a browser never sends them over plain HTTP. The app must then be
/// reached over HTTPS, directly or through a proxy listed in <see cref="TrustedProxyOptions"/>. Development keeps
/// SameAsRequest so that http://localhost works.
/// </summary>
public static class SecureCookies
{
    public static WebApplicationBuilder AddSecureCookies(this WebApplicationBuilder builder)
    {
        var policy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.ConfigureAll<CookieAuthenticationOptions>(options => options.Cookie.SecurePolicy = policy);
        builder.Services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = policy);
        return builder;
    }
}
