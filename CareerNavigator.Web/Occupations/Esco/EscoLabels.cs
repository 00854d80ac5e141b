namespace CareerNavigator.Web.Occupations.Esco;

/// <summary>ESCO's alternative labels: one per line, in the CSV downloads and in the database columns alike.</summary>
public static class EscoLabels
{
    public static string[] Split(string labels) =>
        labels.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
}
