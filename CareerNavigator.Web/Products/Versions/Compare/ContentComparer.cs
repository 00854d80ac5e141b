using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerNavigator.Web.Products.Versions.Compare;

/// <summary>
/// Compares two versions' content field by field. List items are matched by what identifies them (employer and
/// position, institution, milestone title, ...) rather than by position, so an added course, a removed job, a
/// rewritten bullet and a moved milestone each read as one difference. Unchanged fields are not listed.
/// </summary>
public static class ContentComparer
{
    /// <summary>Fields that identify a list item, most specific first; the first set an item has is its key.</summary>
    private static readonly string[][] Keys =
    [
        ["position", "employer"], ["title", "company"], ["degree", "institution"], ["institution"], ["school"],
        ["language"], ["risk"], ["name"], ["title"], ["role"], ["place"], ["label"],
    ];

    public static IReadOnlyList<ContentDifference> Compare(string olderJson, string newerJson)
    {
        var differences = new List<ContentDifference>();
        CompareNodes(JsonNode.Parse(olderJson), JsonNode.Parse(newerJson), new Where(null, null, null), differences);
        return differences;
    }

    private static void CompareNodes(JsonNode? older, JsonNode? newer, Where where, List<ContentDifference> differences)
    {
        switch (older, newer)
        {
            case (JsonObject a, JsonObject b):
                foreach (var name in b.Select(p => p.Key).Concat(a.Select(p => p.Key)).Distinct())
                {
                    CompareNodes(a[name], b[name], where.Into(Label(name)), differences);
                }
                break;
            case (JsonArray a, JsonArray b) when a.Concat(b).All(i => i is JsonObject):
                CompareItems([.. a.Cast<JsonObject>()], [.. b.Cast<JsonObject>()], where, differences);
                break;
            case (JsonArray a, JsonArray b):
                CompareTexts([.. a.Select(Text)], [.. b.Select(Text)], where, differences);
                break;
            default:
                var before = Text(older);
                var after = Text(newer);
                if (before != after)
                {
                    var kind = before is null ? DifferenceKind.Added : after is null ? DifferenceKind.Removed : DifferenceKind.Changed;
                    differences.Add(where.Difference(kind, before, after));
                }
                break;
        }
    }

    private static void CompareItems(List<JsonObject> older, List<JsonObject> newer, Where where, List<ContentDifference> differences)
    {
        var olderKeys = older.Select(KeyOf).ToList();
        var newerKeys = newer.Select(KeyOf).ToList();
        var matched = new List<(int Older, int Newer)>();
        var taken = new bool[older.Count];
        for (var n = 0; n < newer.Count; n++)
        {
            var o = Enumerable.Range(0, older.Count).FirstOrDefault(i => !taken[i] && olderKeys[i] == newerKeys[n], -1);
            if (o < 0)
            {
                differences.Add(where.Item(newerKeys[n]).Difference(DifferenceKind.Added, null, Describe(newer[n])));
                continue;
            }
            taken[o] = true;
            matched.Add((o, n));
        }
        for (var o = 0; o < older.Count; o++)
        {
            if (!taken[o])
            {
                differences.Add(where.Item(olderKeys[o]).Difference(DifferenceKind.Removed, Describe(older[o]), null));
            }
        }

        var staying = InOrder([.. matched.Select(m => m.Older)]);
        for (var i = 0; i < matched.Count; i++)
        {
            var (o, n) = matched[i];
            if (!staying.Contains(i))
            {
                differences.Add(where.Item(newerKeys[n]).Difference(DifferenceKind.Moved,
                    string.Create(CultureInfo.InvariantCulture, $"position {o + 1}"), string.Create(CultureInfo.InvariantCulture, $"position {n + 1}")));
            }
            CompareNodes(older[o], newer[n], where.Item(newerKeys[n]), differences);
        }
    }

    /// <summary>
    /// The positions of the longest run of items that kept their relative order; every other item is the one that
    /// moved (swapping two milestones moves one of them, not both).
    /// </summary>
    private static HashSet<int> InOrder(IReadOnlyList<int> olderPositions)
    {
        var length = new int[olderPositions.Count];
        var previous = new int[olderPositions.Count];
        var best = -1;
        for (var i = 0; i < olderPositions.Count; i++)
        {
            (length[i], previous[i]) = (1, -1);
            for (var j = 0; j < i; j++)
            {
                if (olderPositions[j] < olderPositions[i] && length[j] + 1 > length[i])
                {
                    (length[i], previous[i]) = (length[j] + 1, j);
                }
            }
            if (best < 0 || length[i] >= length[best])
            {
                best = i;
            }
        }
        var staying = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i])
        {
            staying.Add(i);
        }
        return staying;
    }

    /// <summary>Text lists (bullets, skills, actions): a rewritten entry is one change; otherwise additions, removals or a new order.</summary>
    private static void CompareTexts(List<string?> older, List<string?> newer, Where where, List<ContentDifference> differences)
    {
        var removed = older.Where(t => !newer.Contains(t)).ToList();
        var added = newer.Where(t => !older.Contains(t)).ToList();
        var rewritten = removed.Count == added.Count && removed.Count > 0 && older.Count == newer.Count;
        for (var i = 0; i < Math.Max(removed.Count, added.Count); i++)
        {
            var before = i < removed.Count ? removed[i] : null;
            var after = i < added.Count ? added[i] : null;
            var kind = rewritten ? DifferenceKind.Changed : after is null ? DifferenceKind.Removed : DifferenceKind.Added;
            if (!rewritten && before is not null && after is not null)
            {
                differences.Add(where.Difference(DifferenceKind.Removed, before, null));
                differences.Add(where.Difference(DifferenceKind.Added, null, after));
                continue;
            }
            differences.Add(where.Difference(kind, before, after));
        }
        if (removed.Count == 0 && added.Count == 0 && !older.SequenceEqual(newer))
        {
            differences.Add(where.Difference(DifferenceKind.Moved, string.Join(", ", older), string.Join(", ", newer)));
        }
    }

    private static string KeyOf(JsonObject item)
    {
        foreach (var fields in Keys)
        {
            var parts = fields.Select(f => Text(item[f])).ToList();
            if (parts.All(p => !string.IsNullOrWhiteSpace(p)))
            {
                return string.Join(" at ", parts);
            }
        }
        return Describe(item);
    }

    /// <summary>An item in one line: its texts and numbers, nested lists left out.</summary>
    private static string Describe(JsonObject item) =>
        string.Join(" · ", item.Where(p => p.Value is JsonValue).Select(p => Text(p.Value)).Where(t => !string.IsNullOrWhiteSpace(t)));

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? "yes" : "no",
        JsonObject item => Describe(item),
        _ => node.ToJsonString(),
    };

    private static string Label(string snakeCase)
    {
        var words = snakeCase.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private sealed record Where(string? Section, string? ItemName, string? Field)
    {
        public Where Into(string label) => Section is null ? this with { Section = label }
            : this with { Field = Field is null ? label : $"{Field} › {label}" };

        /// <summary>Inside a list item, fields are named from the item, not from the list.</summary>
        public Where Item(string key) => new(Section, ItemName is null ? key : $"{ItemName} › {key}", null);

        public ContentDifference Difference(DifferenceKind kind, string? before, string? after) =>
            new(Section ?? "Document", ItemName, Field, kind, before, after);
    }
}
