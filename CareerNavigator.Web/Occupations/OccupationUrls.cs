namespace CareerNavigator.Web.Occupations;

/// <summary>The addresses of the occupation pages, relative to the app's base.</summary>
public static class OccupationUrls
{
    public const string List = "occupations";

    public static string Page(int id) => $"occupations/{id}";

    public static string Group(string code) => $"occupations?group={Uri.EscapeDataString(code)}";
}
