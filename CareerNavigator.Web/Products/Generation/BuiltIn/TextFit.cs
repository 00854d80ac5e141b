namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>Small text shaping for generated content: fitting limits at word boundaries and joining lists as prose.</summary>
internal static class TextFit
{
    /// <summary><paramref name="text"/> unchanged when it fits; otherwise cut at a word boundary and ended with "…", never longer than <paramref name="limit"/>.</summary>
    public static string Fit(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', Math.Max(0, limit - 2));
        var head = (cut > limit / 2 ? text[..cut] : text[..(limit - 1)]).TrimEnd(' ', ',', ';', ':', '.', '-', '—');
        return head + "…";
    }

    /// <summary>
    /// The opening of the user's text for quoting it back: whole sentences until at least
    /// <paramref name="minimum"/> characters (a first sentence like "Not sure yet." says little), cut to <paramref name="limit"/>.
    /// </summary>
    public static string Opening(string text, int limit = 180, int minimum = 60)
    {
        var trimmed = text.Trim();
        var end = -1;
        do
        {
            end = trimmed.IndexOfAny(['.', '!', '?'], end + 1);
            while (end >= 0 && end + 1 < trimmed.Length && !char.IsWhiteSpace(trimmed[end + 1]))
            {
                end = trimmed.IndexOfAny(['.', '!', '?'], end + 1);
            }
        }
        while (end >= 0 && end + 1 < minimum);
        return Fit(end >= 0 ? trimmed[..(end + 1)] : trimmed, limit);
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list[..^1]) + " and " + list[^1],
        };
    }

    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string JoinOr(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Join("", list) : string.Join(", ", list[..^1]) + " or " + list[^1];
    }

    public static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
