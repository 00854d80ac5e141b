using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy the connection comes from the proxy over plain HTTP. ASP.NET Core's forwarded
/// headers middleware restores the client's address (for the rate limits) and the HTTPS scheme (for HSTS, secure
/// cookies and antiforgery), but only for requests that arrive from a proxy listed in
/// <see cref="TrustedProxyOptions"/>.
/// </summary>
public static class TrustedProxies
{
    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TrustedProxyOptions>()
            .BindConfiguration(TrustedProxyOptions.Section)
            .Validate(TrustedProxyOptions.AreValid,
                $"{TrustedProxyOptions.Section}:KnownProxies must list IP addresses and :KnownNetworks CIDR networks (10.0.0.0/24).")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<TrustedProxyOptions>>((forwarded, trusted) =>
        {
            var proxies = trusted.Value;
            // The defaults trust loopback; only what the operator lists is trusted. With an empty list the middleware
            // would trust every sender, so with nothing listed it does nothing at all.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            if (!proxies.AnyConfigured)
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Each hop is taken from the right only while the sender is a listed proxy, so chains of listed proxies
            // work and whatever a client wrote into the header itself stays unused.
            forwarded.ForwardLimit = null;
            proxies.KnownProxies.ForEach(proxy => forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy)));
            proxies.KnownNetworks.ForEach(network => forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network)));
        });
        return builder;
    }
}
