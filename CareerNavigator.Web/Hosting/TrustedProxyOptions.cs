using System.Net;

namespace CareerNavigator.Web.Hosting;

/// <summary>
/// The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers the app believes. With none listed the
/// headers are ignored, so a client cannot choose the address the rate limits see or pretend to use HTTPS.
/// </summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy IP addresses, e.g. <c>10.0.0.5</c> or <c>::1</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    public bool AnyConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public static bool AreValid(TrustedProxyOptions options) =>
        options.KnownProxies.All(proxy => IPAddress.TryParse(proxy, out _)) &&
        options.KnownNetworks.All(network => IPNetwork.TryParse(network, out _));
}
