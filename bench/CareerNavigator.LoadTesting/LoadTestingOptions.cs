namespace CareerNavigator.LoadTesting;

/// <summary>The load run's settings for the app under load (section <c>LoadTesting</c>).</summary>
public sealed class LoadTestingOptions
{
    public const string Section = "LoadTesting";

    /// <summary>
    /// PBKDF2 iterations for passwords hashed and checked by the app (Identity's default: 100,000). The load accounts
    /// are hashed with the same count (<c>seed-load-users --password-iterations</c>); the app would otherwise rehash each
    /// one at its first sign-in. Signing thousands of load accounts in is not what the benchmark measures.
    /// </summary>
    public int? PasswordHashIterations { get; set; }
}
