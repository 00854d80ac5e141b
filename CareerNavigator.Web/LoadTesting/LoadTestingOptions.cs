namespace CareerNavigator.Web.LoadTesting;

/// <summary>
/// <c>LoadTesting:Enabled</c> maps <c>/_load/server</c>, which forces full garbage collections and reports the
/// process's memory, CPU and open circuits to the load tool, and lets the sign-in and antiforgery cookies travel over
/// plain HTTP (the load run talks to a Production build on loopback). Never for a deployment: off unless set, in
/// every environment.
/// </summary>
public sealed class LoadTestingOptions
{
    public const string Section = "LoadTesting";

    public bool Enabled { get; set; }

    /// <summary>
    /// PBKDF2 iterations for passwords hashed and checked by this process (Identity's default: 100,000). Signing
    /// thousands of load accounts in is not what the benchmark measures; a lower count makes it minutes shorter.
    /// Only read when <see cref="Enabled"/>.
    /// </summary>
    public int? PasswordHashIterations { get; set; }
}
