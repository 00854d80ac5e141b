using CareerNavigator.Data;

namespace CareerNavigator.Web.Database;

/// <summary>Section <c>Database</c>: which provider <c>ConnectionStrings:DefaultConnection</c> is for.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (the embedded default) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. Defaults to on in Development and for SQLite.</summary>
    public bool? MigrateOnStartup { get; set; }
}
