using CsvHelper;

namespace CareerNavigator.Web.Import;

/// <summary>One CSV file as header names and rows; values are tidied, never null.</summary>
internal sealed class CsvTable(string fileName, IReadOnlyList<string> headers, IReadOnlyList<CsvRow> rows)
{
    public string FileName { get; } = fileName;
    public IReadOnlyList<string> Headers { get; } = headers;
    public IReadOnlyList<CsvRow> Rows { get; } = rows;

    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = true,
        MalformedData = CsvMalformedDataHandling.Recover,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
    };

    /// <summary>Reads UTF-8 CSV (with or without BOM); quoted fields may hold commas and line breaks.</summary>
    public static CsvTable Parse(string fileName, byte[] bytes)
    {
        using var csv = CsvReader.Create(bytes, Options);
        var headerRecord = csv.Headers;
        if (headerRecord.Count == 0)
        {
            return new CsvTable(fileName, [], []);
        }
        var headers = headerRecord.Select(h => TextNormalizer.Line(h) ?? "").ToArray();

        var rows = new List<CsvRow>();
        // Row 1 is the header, as a spreadsheet shows it; a quoted line break does not start a new row.
        var rowNumber = 1;
        while (csv.Read())
        {
            rowNumber++;
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < headers.Length; i++)
            {
                if (headers[i].Length > 0 && !values.ContainsKey(headers[i]))
                {
                    values[headers[i]] = i < csv.FieldCount ? TextNormalizer.Paragraphs(csv.GetString(i)) ?? "" : "";
                }
            }
            if (values.Values.Any(v => v.Length > 0))
            {
                rows.Add(new CsvRow(rowNumber, values));
            }
        }
        return new CsvTable(fileName, headers.Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), rows);
    }
}

internal sealed class CsvRow(int number, IReadOnlyDictionary<string, string> values)
{
    /// <summary>The row as a spreadsheet numbers it (the header is row 1).</summary>
    public int Number { get; } = number;

    public IReadOnlyDictionary<string, string> Values { get; } = values;

    /// <summary>The first non-empty value among the given header spellings, or null.</summary>
    public string? Get(params string[] headers)
    {
        foreach (var header in headers)
        {
            if (Values.TryGetValue(header, out var value) && value.Length > 0)
            {
                return value;
            }
        }
        return null;
    }
}
