namespace CareerNavigator.Web.Applications;

/// <summary>The application was changed (on another tab, by the API) after the version the change started from.</summary>
public sealed class ApplicationChangedException()
    : Exception("This application was changed meanwhile (in another tab or through the API). Reload it and make your change again.");
