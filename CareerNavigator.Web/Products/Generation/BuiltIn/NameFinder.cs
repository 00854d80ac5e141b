using System.Text.Json;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// The seed has no name column, so the CV's name comes from what the user gave: their imported LinkedIn
/// data when it holds a name, otherwise the first line of their CV text when that line looks like a name.
/// Null when neither does — the generator never makes one up.
/// </summary>
internal static class NameFinder
{
    private static readonly string[] NotNames = ["curriculum", "vitae", "resume", "résumé", "cv", "profile", "summary", "contact"];

    public static string? Find(string? linkedInData, string? cvText) => FromLinkedIn(linkedInData) ?? FromCvFirstLine(cvText);

    private static string? FromLinkedIn(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var first = Text(document.RootElement, "first_name", "firstName", "First Name");
            var last = Text(document.RootElement, "last_name", "lastName", "Last Name");
            var full = first is not null && last is not null ? $"{first} {last}" : Text(document.RootElement, "full_name", "name");
            return full is not null && LooksLikeName(full) ? full : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, params string[] names)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (names.Any(n => n.Equals(property.Name, StringComparison.OrdinalIgnoreCase)) &&
                property.Value.ValueKind == JsonValueKind.String &&
                !string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                return property.Value.GetString()!.Trim();
            }
        }
        return null;
    }

    private static string? FromCvFirstLine(string? cvText)
    {
        var line = cvText?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (line is null || !LooksLikeName(line))
        {
            return null;
        }
        return line.Any(char.IsLower) ? line : Capitalise(line);
    }

    /// <summary>"LUCÍA FERNÁNDEZ" → "Lucía Fernández", "O'NEILL-SMITH" → "O'Neill-Smith".</summary>
    private static string Capitalise(string upper)
    {
        var chars = upper.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is ' ' or '-' or '\'')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }
        return new string(chars);
    }

    private static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return text.Length <= 60 && words.Length is >= 2 and <= 4 &&
               words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '\'' or '.')) &&
               !words.Any(w => NotNames.Contains(w.ToLowerInvariant()));
    }
}
