using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>
/// Fills a staged table the fastest way each provider offers, without EF's change tracking: PostgreSQL takes the rows
/// in one binary COPY; SQLite runs one prepared INSERT per row inside the import's transaction.
/// </summary>
internal static class EscoBulkCopy
{
    public static Task CopyAsync(DbConnection connection, DbTransaction transaction, EscoStagedTable table, CancellationToken cancellationToken) =>
        connection switch
        {
            NpgsqlConnection postgres => CopyAsync(postgres, table, cancellationToken),
            SqliteConnection sqlite => InsertAsync(sqlite, (SqliteTransaction)transaction, table, cancellationToken),
            _ => throw new NotSupportedException($"The ESCO import does not support {connection.GetType().Name}."),
        };

    private static async Task CopyAsync(NpgsqlConnection connection, EscoStagedTable table, CancellationToken cancellationToken)
    {
        var types = table.Columns.Select(c => table.IsBoolean(c) ? NpgsqlDbType.Boolean : NpgsqlDbType.Text).ToArray();
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in table.Rows)
        {
            await copy.StartRowAsync(cancellationToken);
            for (var i = 0; i < row.Length; i++)
            {
                await copy.WriteAsync(row[i], types[i], cancellationToken);
            }
        }
        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task InsertAsync(
        SqliteConnection connection, SqliteTransaction transaction, EscoStagedTable table, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = table.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        insert.Prepare();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = row[i];
            }
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
