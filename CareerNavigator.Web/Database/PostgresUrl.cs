using Npgsql;

namespace CareerNavigator.Web.Database;

/// <summary>
/// Converts <c>DATABASE_URL=postgresql://user:password@host:port/db?sslmode=require</c> (the Heroku/seed
/// convention) into an Npgsql connection string; Npgsql itself does not parse URLs.
/// </summary>
public static class PostgresUrl
{
    public static bool IsPostgresUrl(string? value) =>
        value is not null
        && (value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase));

    public static string ToConnectionString(string url)
    {
        if (!IsPostgresUrl(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException("DATABASE_URL must look like postgresql://user:password@host:port/database.");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0)
        {
            throw new FormatException("DATABASE_URL names no database (postgresql://user:password@host:port/database).");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = database,
        };

        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(userInfo[0]);
        }
        if (userInfo.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(userInfo[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "";
            builder[key == "sslmode" ? "SSL Mode" : key] = value;
        }

        return builder.ConnectionString;
    }
}
