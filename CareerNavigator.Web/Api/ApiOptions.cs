using System.ComponentModel.DataAnnotations;

namespace CareerNavigator.Web.Api;

public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>Requests one token may make per window.</summary>
    [Range(1, 100_000)]
    public int RequestsPerWindow { get; set; } = 120;

    /// <summary>Requests one client address may make per window without a token (the public occupation endpoints).</summary>
    [Range(1, 100_000)]
    public int AnonymousRequestsPerWindow { get; set; } = 60;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}
