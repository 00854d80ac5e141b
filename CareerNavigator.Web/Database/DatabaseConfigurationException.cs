namespace CareerNavigator.Web.Database;

/// <summary>The database settings are wrong in a way the operator must fix; the message says how.</summary>
public sealed class DatabaseConfigurationException(string message) : Exception(message);
