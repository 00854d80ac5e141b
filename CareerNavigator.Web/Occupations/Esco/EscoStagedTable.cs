namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>
/// A temporary table the importer fills with one download's rows before merging them into the ESCO tables with a few
/// set-based statements; the same definition serves PostgreSQL (binary COPY) and SQLite (one prepared INSERT).
/// </summary>
/// <param name="Name">The temporary table's name.</param>
/// <param name="Columns">Its columns, all NOT NULL text unless listed in <paramref name="BooleanColumns"/>.</param>
/// <param name="Key">The primary key's columns: the merge looks rows up by them.</param>
/// <param name="Rows">One value per column, in <paramref name="Columns"/>' order.</param>
internal sealed record EscoStagedTable(
    string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> BooleanColumns, IReadOnlyList<string> Key,
    IReadOnlyCollection<object[]> Rows)
{
    public bool IsBoolean(string column) => BooleanColumns.Contains(column);

    public string ColumnList => string.Join(", ", Columns);

    public string CreateSql =>
        $"CREATE TEMP TABLE {Name} ({string.Join(", ", Columns.Select(c => $"{c} {(IsBoolean(c) ? "boolean" : "text")} NOT NULL"))}, " +
        $"PRIMARY KEY ({string.Join(", ", Key)}))";

    public string DropSql => $"DROP TABLE {Name}";
}
