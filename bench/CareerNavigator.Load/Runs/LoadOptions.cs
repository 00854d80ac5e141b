using System.Globalization;

namespace CareerNavigator.Load.Runs;

public sealed record LoadOptions
{
    public required Uri BaseUrl { get; init; }
    public string Scenario { get; init; } = "onboarding";
    public int Users { get; init; } = 100;
    public int FirstUser { get; init; } = 1;
    public string Password { get; init; } = "load-navigator-2026";
    public int RampSteps { get; init; } = 4;
    public TimeSpan StepSettle { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan Hold { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the run waits after the ramp for late interactions to be answered before the hold starts.</summary>
    public TimeSpan CatchUpLimit { get; init; } = TimeSpan.FromSeconds(120);
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan InteractionTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public int SignInConcurrency { get; init; } = 4;
    public int ConnectConcurrency { get; init; } = 20;
    public bool MeasureServer { get; init; } = true;
    public string? JsonPath { get; init; }

    /// <summary>A file of the users' sign-in cookies: read before signing in, written after.</summary>
    public string? CookiesPath { get; init; }

    /// <summary>Only sign the users in (and store their cookies); no circuits.</summary>
    public bool SignInOnly { get; init; }

    public static LoadOptions Parse(string[] args) => new()
    {
        BaseUrl = new Uri((Arg(args, "--url") ?? "http://127.0.0.1:5232").TrimEnd('/') + "/"),
        Scenario = Arg(args, "--scenario") ?? "onboarding",
        Users = Int(args, "--users") ?? 100,
        FirstUser = Int(args, "--first-user") ?? 1,
        Password = Arg(args, "--password") ?? "load-navigator-2026",
        RampSteps = Math.Max(1, Int(args, "--steps") ?? 4),
        StepSettle = TimeSpan.FromSeconds(Int(args, "--settle") ?? 5),
        Hold = TimeSpan.FromSeconds(Int(args, "--hold") ?? 30),
        CatchUpLimit = TimeSpan.FromSeconds(Int(args, "--catch-up") ?? 120),
        Interval = TimeSpan.FromSeconds(Int(args, "--interval") ?? 5),
        InteractionTimeout = TimeSpan.FromSeconds(Int(args, "--timeout") ?? 30),
        SignInConcurrency = Int(args, "--sign-in-concurrency") ?? 4,
        ConnectConcurrency = Int(args, "--connect-concurrency") ?? 20,
        MeasureServer = !args.Contains("--no-server-metrics"),
        JsonPath = Arg(args, "--json"),
        CookiesPath = Arg(args, "--cookies"),
        SignInOnly = args.Contains("--sign-in-only"),
    };

    private static string? Arg(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int? Int(string[] args, string name) =>
        int.TryParse(Arg(args, name), CultureInfo.InvariantCulture, out var value) ? value : null;
}
