/// <summary>
/// Named by DOTNET_STARTUP_HOOKS (a path), the runtime loads this assembly into the app before its Main runs, so that
/// ASPNETCORE_HOSTINGSTARTUPASSEMBLIES can name it although it is not one of the app's own files: the app's
/// dependency list decides what its name resolves to, and this assembly is deliberately not on it.
/// </summary>
internal static class StartupHook
{
    public static void Initialize()
    {
    }
}
