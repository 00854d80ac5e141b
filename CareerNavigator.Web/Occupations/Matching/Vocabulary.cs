using System.Collections.Frozen;

namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>
/// The stems of one set of labels with their rarity: a stem in few concepts (barista) weighs more than one in many
/// (assistant). Optionally finds stems one typo away (SymSpell-style: every stem is stored under each one-letter
/// deletion) and stems that start with a prefix, for search as you type.
/// </summary>
internal sealed class Vocabulary
{
    private const int MinTypoLength = 5;

    private readonly FrozenDictionary<string, int> _ids;
    private readonly string[] _terms;
    private readonly float[] _idf;
    private readonly FrozenDictionary<string, int[]> _deletions;

    /// <param name="conceptsPerStem">For each stem, how many concepts use it.</param>
    /// <param name="conceptCount">How many concepts there are.</param>
    /// <param name="tolerant">Whether typo and prefix look-ups are needed (they cost memory).</param>
    public Vocabulary(IReadOnlyDictionary<string, int> conceptsPerStem, int conceptCount, bool tolerant)
    {
        _terms = [.. conceptsPerStem.Keys.Order(StringComparer.Ordinal)];
        _ids = _terms.Select((term, id) => (term, id)).ToFrozenDictionary(t => t.term, t => t.id, StringComparer.Ordinal);
        _idf = [.. _terms.Select(t => (float)Math.Log(1 + (double)conceptCount / conceptsPerStem[t]))];
        _deletions = tolerant
            ? _terms.Select((term, id) => (term, id))
                .Where(t => t.term.Length >= MinTypoLength - 1)
                .SelectMany(t => Deletions(t.term).Select(d => (d, t.id)))
                .GroupBy(p => p.d, p => p.id, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.Distinct().ToArray(), StringComparer.Ordinal)
            : FrozenDictionary<string, int[]>.Empty;
    }

    public int Count => _terms.Length;

    public string Term(int id) => _terms[id];

    public float Idf(int id) => _idf[id];

    public int? Find(string stem) => _ids.TryGetValue(stem, out var id) ? id : null;

    /// <summary>Stems one insertion, deletion, substitution or swap away from <paramref name="stem"/> (of five letters or more).</summary>
    public IEnumerable<int> OneTypoAway(string stem)
    {
        if (stem.Length < MinTypoLength || _deletions.Count == 0)
        {
            return [];
        }
        var candidates = new SortedSet<int>();
        foreach (var key in Deletions(stem).Append(stem))
        {
            // A stem less one letter is the typed word or the typed word less one letter (insertion, substitution, swap)...
            if (_deletions.TryGetValue(key, out var ids))
            {
                candidates.UnionWith(ids);
            }
            // ...or the typed word less one letter is a whole stem (a letter too many).
            if (_ids.TryGetValue(key, out var id))
            {
                candidates.Add(id);
            }
        }
        return candidates.Where(id => _terms[id] != stem && IsOneEditAway(stem, _terms[id]));
    }

    /// <summary>Up to <paramref name="max"/> stems that begin with <paramref name="prefix"/>, most common first.</summary>
    public IEnumerable<int> StartingWith(string prefix, int max)
    {
        var first = Array.BinarySearch(_terms, prefix, StringComparer.Ordinal);
        if (first < 0)
        {
            first = ~first;
        }
        var matches = new List<int>();
        for (var id = first; id < _terms.Length && _terms[id].StartsWith(prefix, StringComparison.Ordinal); id++)
        {
            matches.Add(id);
        }
        return matches.OrderBy(id => _idf[id]).ThenBy(id => id).Take(max);
    }

    private static IEnumerable<string> Deletions(string term)
    {
        for (var i = 0; i < term.Length; i++)
        {
            yield return string.Concat(term.AsSpan(0, i), term.AsSpan(i + 1));
        }
    }

    /// <summary>Optimal string alignment distance of at most one (a swap of neighbours counts as one typo).</summary>
    private static bool IsOneEditAway(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }
        if (a.Length == b.Length)
        {
            if (prefix == a.Length)
            {
                return true;
            }
            var restA = a.AsSpan(prefix + 1);
            var restB = b.AsSpan(prefix + 1);
            var swapped = prefix + 1 < a.Length && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
                          && a.AsSpan(prefix + 2).SequenceEqual(b.AsSpan(prefix + 2));
            return restA.SequenceEqual(restB) || swapped;
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.AsSpan(prefix + 1).SequenceEqual(shorter.AsSpan(prefix));
    }
}
