namespace CareerNavigator.Web.Admin;

/// <summary>
/// Turns what an admin typed into a LIKE/ILIKE pattern that matches it literally: <c>%</c>, <c>_</c> and the escape
/// character itself are escaped with <see cref="Escape"/>, which every query passes as the ESCAPE character.
/// </summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Contains(string fragment) => "%" + Literal(fragment) + "%";

    public static string StartsWith(string fragment) => Literal(fragment) + "%";

    private static string Literal(string fragment) =>
        fragment.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
