namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>A location as the user wrote it ("Dublin, Ireland", "Remote (EU)"), read as city and country where possible.</summary>
internal sealed record Place(string Text, string? City, Country? Country, bool IsRemote)
{
    public string Name => City ?? Country?.Name ?? Text;

    public static Place Parse(string text)
    {
        var trimmed = text.Trim();
        var isRemote = trimmed.Contains("remote", StringComparison.OrdinalIgnoreCase);
        var parts = trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (isRemote || parts.Length == 0)
        {
            return new Place(trimmed, null, null, isRemote);
        }
        var country = CountryFacts.Find(parts[^1]);
        var city = parts.Length > 1 || country is null ? parts[0] : null;
        return new Place(trimmed, city, country, false);
    }

    public bool SameCityAs(Place? other) =>
        other is not null && City is not null && string.Equals(City, other.City, StringComparison.OrdinalIgnoreCase) &&
        (Country is null || other.Country is null || Country == other.Country);
}
