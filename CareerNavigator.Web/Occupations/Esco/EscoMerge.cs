namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>
/// The statements that merge the staged download into the ESCO tables, valid on PostgreSQL and SQLite alike. ESCO
/// URIs are stable, so rows are matched by URI: new ones are inserted, changed ones updated (unchanged ones are not
/// touched, so a second import of the same download writes nothing), and ones the download no longer holds stay,
/// marked obsolete, so that stored references keep resolving. Relations are made to match the download exactly.
/// </summary>
/// <remarks>
/// <c>WHERE true</c> in <c>INSERT … SELECT … ON CONFLICT</c> is SQLite's way to tell the upsert clause from a join's
/// <c>ON</c>; PostgreSQL accepts it as well.
/// </remarks>
internal static class EscoMerge
{
    private const string Resolved = "esco_relations_resolved";

    /// <summary>Upserts staged rows into <paramref name="target"/> by <paramref name="staged"/>'s key; returns the statement.</summary>
    public static string Upsert(EscoStagedTable staged, string target)
    {
        var changing = staged.Columns.Except(staged.Key).ToList();
        return $"""
            INSERT INTO {target} ({staged.ColumnList})
            SELECT {staged.ColumnList} FROM {staged.Name} WHERE true
            ON CONFLICT ({string.Join(", ", staged.Key)}) DO UPDATE SET {string.Join(", ", changing.Select(c => $"{c} = excluded.{c}"))}
            WHERE ({string.Join(", ", changing.Select(c => $"{target}.{c}"))}) <> ({string.Join(", ", changing.Select(c => $"excluded.{c}"))})
            """;
    }

    /// <summary>Marks the rows of <paramref name="target"/> that the download does not hold as obsolete.</summary>
    public static string MarkAbsentObsolete(EscoStagedTable staged, string target) => $"""
        UPDATE {target} SET obsolete = true
        WHERE NOT obsolete AND NOT EXISTS (SELECT 1 FROM {staged.Name} s WHERE s.uri = {target}.uri)
        """;

    /// <summary>The download's relations as row ids (relations naming an unknown occupation or skill are left out).</summary>
    public static IEnumerable<string> ResolveRelations(EscoStagedTable staged) =>
    [
        $"CREATE TEMP TABLE {Resolved} (occupation_id integer NOT NULL, skill_id integer NOT NULL, is_essential boolean NOT NULL, PRIMARY KEY (occupation_id, skill_id))",
        $"""
        INSERT INTO {Resolved} (occupation_id, skill_id, is_essential)
        SELECT o.id, s.id, r.is_essential FROM {staged.Name} r
        JOIN esco_occupations o ON o.uri = r.occupation_uri
        JOIN esco_skills s ON s.uri = r.skill_uri
        """,
    ];

    /// <summary>Deletes the stored relations the download lacks, then inserts or updates the rest.</summary>
    public static IEnumerable<string> ReplaceRelations() =>
    [
        $"""
        DELETE FROM esco_occupation_skills WHERE NOT EXISTS (
            SELECT 1 FROM {Resolved} r WHERE r.occupation_id = esco_occupation_skills.occupation_id AND r.skill_id = esco_occupation_skills.skill_id)
        """,
        $"""
        INSERT INTO esco_occupation_skills (occupation_id, skill_id, is_essential)
        SELECT occupation_id, skill_id, is_essential FROM {Resolved} WHERE true
        ON CONFLICT (occupation_id, skill_id) DO UPDATE SET is_essential = excluded.is_essential
        WHERE esco_occupation_skills.is_essential <> excluded.is_essential
        """,
    ];

    public static string CountResolvedRelations => $"SELECT count(*) FROM {Resolved}";

    public static string DropResolvedRelations => $"DROP TABLE {Resolved}";
}
