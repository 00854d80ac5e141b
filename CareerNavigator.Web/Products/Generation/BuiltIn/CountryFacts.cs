namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>A country's name as users write it, its main working languages, and whether EU/EEA/Swiss free movement applies.</summary>
internal sealed record Country(string Name, string[] Aliases, string[] Languages, bool FreeMovementEurope)
{
    /// <summary>The name as it reads in a sentence ("the United Kingdom").</summary>
    public string InText => Name is "United Kingdom" or "United States" or "Netherlands" or "Philippines" ? "the " + Name : Name;
}

/// <summary>
/// Just enough about countries for relocation checklists: the languages most jobs there are done in, and
/// whether EU/EEA (or Swiss) free movement applies. Countries not listed get a checklist that asks the
/// user to find these facts instead of guessing them.
/// </summary>
internal static class CountryFacts
{
    private static readonly IReadOnlyList<Country> All =
    [
        new("Spain", ["España"], ["Spanish"], true),
        new("Portugal", [], ["Portuguese"], true),
        new("France", [], ["French"], true),
        new("Italy", ["Italia"], ["Italian"], true),
        new("Germany", ["Deutschland"], ["German"], true),
        new("Austria", [], ["German"], true),
        new("Switzerland", [], ["German", "French", "Italian"], true),
        new("Netherlands", ["The Netherlands", "Holland"], ["Dutch"], true),
        new("Belgium", [], ["Dutch", "French", "German"], true),
        new("Ireland", ["Republic of Ireland"], ["English"], true),
        new("Poland", ["Polska"], ["Polish"], true),
        new("Czechia", ["Czech Republic"], ["Czech"], true),
        new("Sweden", [], ["Swedish"], true),
        new("Denmark", [], ["Danish"], true),
        new("Norway", [], ["Norwegian"], true),
        new("Finland", [], ["Finnish", "Swedish"], true),
        new("United Kingdom", ["UK", "England", "Scotland", "Wales", "Northern Ireland", "Great Britain"], ["English"], false),
        new("United States", ["USA", "US", "United States of America"], ["English"], false),
        new("Canada", [], ["English", "French"], false),
        new("Australia", [], ["English"], false),
        new("New Zealand", [], ["English"], false),
        new("Nigeria", [], ["English"], false),
        new("Ghana", [], ["English"], false),
        new("Kenya", [], ["English", "Swahili"], false),
        new("South Africa", [], ["English"], false),
        new("Philippines", ["The Philippines"], ["Filipino", "English"], false),
        new("Singapore", [], ["English"], false),
        new("India", [], ["English", "Hindi"], false),
        new("Mexico", ["México"], ["Spanish"], false),
        new("Brazil", ["Brasil"], ["Portuguese"], false),
        new("Japan", [], ["Japanese"], false),
    ];

    public static Country? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var trimmed = name.Trim();
        return All.FirstOrDefault(c =>
            c.Name.Equals(trimmed, StringComparison.OrdinalIgnoreCase) ||
            c.Aliases.Any(a => a.Equals(trimmed, StringComparison.OrdinalIgnoreCase)));
    }
}
