namespace CareerNavigator.Web.Hosting;

/// <summary>
/// Errors a user cannot fix are logged with detail and shown as a short apology with a reference id
/// (STYLE.md habit 8): this gives every such place the same reference format and log line.
/// </summary>
public static class ErrorReferences
{
    /// <summary>Logs <paramref name="exception"/> with a new reference id and returns the id to show the user.</summary>
    /// <param name="whatFailed">A message template naming what failed, e.g. "Generating {ProductType}".</param>
    public static string LogWithReference(this ILogger logger, Exception exception, string whatFailed, params object?[] args)
    {
        var reference = Guid.NewGuid().ToString("N")[..8];
#pragma warning disable CA2254 // The template is the caller's constant plus a fixed suffix.
        logger.LogError(exception, whatFailed + " failed (reference {Reference}).", [.. args, reference]);
#pragma warning restore CA2254
        return reference;
    }
}
