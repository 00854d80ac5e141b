namespace CareerNavigator.Web.Import;

/// <summary>
/// When an imported item is one the user already has: compared ignoring case and spacing, and by month (or
/// year for education), since exports carry no more than that.
/// </summary>
internal static class ImportMatching
{
    public static string Job(string company, string position, DateOnly start) =>
        $"{Normalise(company)}|{Normalise(position)}|{start:yyyy-MM}";

    public static string Course(string name, DateOnly? completion) =>
        $"{Normalise(name)}|{completion?.ToString("yyyy-MM") ?? ""}";

    public static string Education(string institution, string? degree, DateOnly? start) =>
        $"{Normalise(institution)}|{Normalise(degree)}|{start?.Year}";

    public static string Language(string name) => Normalise(name);

    /// <summary>"https://GitHub.com/jane/" and "https://github.com/jane" are one link.</summary>
    public static string Link(string url) => Normalise(url).TrimEnd('/');

    /// <summary>Skills are one when their names are, ignoring case and spacing.</summary>
    public static string Skill(string name) => Normalise(name);

    private static string Normalise(string? text) => TextNormalizer.Line(text)?.ToLowerInvariant() ?? "";
}
