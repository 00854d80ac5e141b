using System.Data.Common;
using System.Diagnostics;
using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>
/// Loads an ESCO download (<see cref="EscoArchive"/>) into the ESCO tables in one transaction: the rows are staged in
/// temporary tables in bulk (<see cref="EscoBulkCopy"/>), then merged by URI (<see cref="EscoMerge"/>), and the import
/// is recorded in <c>esco_imports</c>. Plain ADO.NET on the context's connection: EF's change tracking would spend
/// minutes on 140,000 rows.
/// </summary>
public static class EscoImporter
{
    public static async Task<EscoImportResult> ImportAsync(
        CareerNavigatorDbContext db, EscoArchive archive, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var staging = EscoStaging.Read(archive);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var run = new Statements(connection, transaction, cancellationToken);

            foreach (var table in staging.Tables)
            {
                await run.ExecuteAsync(table.CreateSql);
                await EscoBulkCopy.CopyAsync(connection, transaction, table, cancellationToken);
            }

            var written = 0;
            var obsolete = 0;
            written += await run.ExecuteAsync(EscoMerge.Upsert(staging[EscoStaging.IscoGroups], "esco_isco_groups"));
            foreach (var (staged, target) in new[] { (EscoStaging.Occupations, "esco_occupations"), (EscoStaging.Skills, "esco_skills") })
            {
                written += await run.ExecuteAsync(EscoMerge.Upsert(staging[staged], target));
                obsolete += await run.ExecuteAsync(EscoMerge.MarkAbsentObsolete(staging[staged], target));
            }
            foreach (var statement in EscoMerge.ResolveRelations(staging[EscoStaging.Relations]))
            {
                await run.ExecuteAsync(statement);
            }
            foreach (var statement in EscoMerge.ReplaceRelations())
            {
                written += await run.ExecuteAsync(statement);
            }
            var relations = Convert.ToInt32(await run.ScalarAsync(EscoMerge.CountResolvedRelations));

            await run.ExecuteAsync(EscoMerge.DropResolvedRelations);
            foreach (var table in staging.Tables)
            {
                await run.ExecuteAsync(table.DropSql);
            }

            var occupations = staging[EscoStaging.Occupations].Rows.Count;
            var skills = staging[EscoStaging.Skills].Rows.Count;
            var relationsInDownload = staging[EscoStaging.Relations].Rows.Count;
            await run.ExecuteAsync(
                "INSERT INTO esco_imports (version, language, imported_at, occupation_count, skill_count, relation_count) " +
                "VALUES (@version, @language, @importedAt, @occupations, @skills, @relations)",
                ("version", archive.Version), ("language", archive.Language), ("importedAt", clock.GetUtcNow().UtcDateTime),
                ("occupations", occupations), ("skills", skills), ("relations", relationsInDownload));
            await transaction.CommitAsync(cancellationToken);

            // Fresh statistics, so the first searches after an import are planned for the tables' real sizes.
            var afterCommit = new Statements(connection, null, cancellationToken);
            foreach (var table in new[] { "esco_occupations", "esco_skills", "esco_occupation_skills" })
            {
                await afterCommit.ExecuteAsync($"ANALYZE {table}");
            }

            return new EscoImportResult(
                archive.Version, archive.Language, occupations, skills, relationsInDownload, relations, written, obsolete, stopwatch.Elapsed);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class Statements(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        public async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
        {
            await using var command = Create(sql, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public async Task<object?> ScalarAsync(string sql)
        {
            await using var command = Create(sql, []);
            return await command.ExecuteScalarAsync(cancellationToken);
        }

        private DbCommand Create(string sql, (string Name, object Value)[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            return command;
        }
    }
}
