using CareerNavigator.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CareerNavigator.Web.Database;

/// <summary>The database this process uses, resolved once from configuration.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Where the database is, for log lines: never includes the password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Postgres => new NpgsqlConnectionStringBuilder(ConnectionString) is var b
            ? $"PostgreSQL at {b.Host}:{b.Port}, database '{b.Database}'"
            : "",
        _ => $"SQLite file '{new SqliteConnectionStringBuilder(ConnectionString).DataSource}'",
    };

    /// <summary>
    /// Order: DATABASE_URL (PostgreSQL), then ConnectionStrings:DefaultConnection with Database:Provider,
    /// then the embedded SQLite file under the content root, so that a fresh clone runs with nothing installed.
    /// </summary>
    public static DatabaseConnection Resolve(IConfiguration configuration, string contentRoot)
    {
        var url = configuration["DATABASE_URL"];
        if (!string.IsNullOrWhiteSpace(url))
        {
            try
            {
                return new(DatabaseProvider.Postgres, PostgresUrl.ToConnectionString(url));
            }
            catch (FormatException e)
            {
                throw new DatabaseConfigurationException(e.Message);
            }
        }

        var providerName = configuration[DatabaseOptions.Section + ":Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            throw new DatabaseConfigurationException($"Database:Provider '{providerName}' is not known; use Sqlite or Postgres.");
        }
        var connectionString = configuration.GetConnectionString("DefaultConnection");
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new(provider, connectionString);
        }

        if (provider == DatabaseProvider.Postgres)
        {
            throw new DatabaseConfigurationException(
                "Database:Provider is Postgres but neither ConnectionStrings:DefaultConnection nor DATABASE_URL is set.");
        }

        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "career-navigator.db")}");
    }
}
