namespace CareerNavigator.Web.LoadTesting;

/// <summary>
/// <c>LoadTesting:Enabled</c> maps <c>/_load/server</c>, which forces full garbage collections and reports the
/// process's memory, CPU and open circuits to the load tool. Off unless set, in every environment.
/// </summary>
public sealed class LoadTestingOptions
{
    public const string Section = "LoadTesting";

    public bool Enabled { get; set; }
}
