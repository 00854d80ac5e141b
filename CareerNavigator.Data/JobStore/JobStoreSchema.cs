using Microsoft.EntityFrameworkCore.Migrations;

namespace CareerNavigator.Data.JobStore;

/// <summary>
/// The job engine's own tables (Quartz.NET's clustered ADO.NET job store, prefix <c>qrtz_</c>), created and dropped by
/// an EF migration of each provider so that <c>migrate</c> sets up everything the app needs. The DDL is Quartz's own,
/// kept beside this file (<c>quartz_tables_*.sql</c>); the tables are not part of the EF model, so no model change
/// touches them.
/// </summary>
public static class JobStoreSchema
{
    public const string TablePrefix = "qrtz_";

    /// <summary>Quartz's tables, children before the tables they reference.</summary>
    private static readonly string[] Tables =
    [
        "fired_triggers", "simple_triggers", "cron_triggers", "simprop_triggers", "blob_triggers", "triggers", "job_details",
        "calendars", "paused_trigger_grps", "paused_job_grps", "scheduler_state", "locks", "execution_history",
        "misfire_history", "job_status",
    ];

    public static void Create(MigrationBuilder migrationBuilder)
    {
        foreach (var statement in Statements(Dialect(migrationBuilder)))
        {
            migrationBuilder.Sql(statement);
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        Dialect(migrationBuilder);
        foreach (var table in Tables)
        {
            // Quartz names SQLite's tables in capitals; both databases compare unquoted names without case.
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {TablePrefix}{table};");
        }
    }

    /// <summary>The script's statements, split where Quartz splits them (a line reading exactly <c>--;;</c>).</summary>
    internal static IReadOnlyList<string> Statements(string dialect)
    {
        var resource = $"CareerNavigator.JobStore.quartz_tables_{dialect}.sql";
        using var stream = typeof(JobStoreSchema).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"The job store schema {resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n").Split("\n--;;\n")
            .Where(s => s.Split('\n').Any(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal)))
            .ToList();
    }

    private static string Dialect(MigrationBuilder migrationBuilder) => migrationBuilder.ActiveProvider switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => "postgres",
        "Microsoft.EntityFrameworkCore.Sqlite" => "sqlite",
        var other => throw new NotSupportedException($"No job store schema for the provider {other}."),
    };
}
