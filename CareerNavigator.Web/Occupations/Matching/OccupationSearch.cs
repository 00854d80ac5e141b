using CareerNavigator.Web.Occupations.Esco;

namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>
/// Typed titles and goals to ranked occupations: IDF-weighted overlap between the typed words and each preferred or
/// alternative label, where a typed word meets a label word exactly, with one typo (five letters or more) or, for the
/// word still being typed, as a prefix.
/// </summary>
internal sealed class OccupationSearch
{
    private const int MaxQueryLength = 200;
    private const int MaxQueryWords = 12;
    private const int MaxLabelWords = 32;
    private const int MaxPrefixExpansions = 40;
    private const float TypoFactor = 0.8f;
    private const float PrefixFactor = 0.9f;
    // A preferred label wins a tie with an alternative label of another occupation.
    private const double AlternativeLabelFactor = 0.98;
    // A label whose role word nobody typed ("retail sales manager" for "retail sales assistant") is another role.
    private const double UntypedRoleFactor = 0.75;

    private readonly EscoOccupationRow[] _occupations;
    private readonly Vocabulary _vocabulary;
    private readonly OccupationLabel[] _labels;
    private readonly int[][] _labelsWithTerm;

    private sealed record OccupationLabel(int Occupation, string Text, bool Preferred, int[] Terms, int Head, float Weight);

    private readonly record struct QueryTerm(int Word, float Factor);

    public OccupationSearch(IEnumerable<EscoOccupationRow> occupations)
    {
        _occupations = [.. occupations.OrderBy(o => o.Uri, StringComparer.Ordinal)];
        var labelWords = new List<(int Occupation, string Text, bool Preferred, string[] Stems, int Head)>();
        for (var o = 0; o < _occupations.Length; o++)
        {
            var occupation = _occupations[o];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, preferred) in occupation.AltLabels.Select(a => (a, false)).Prepend((occupation.PreferredLabel, true)))
            {
                var words = TitleWords.Of(text, MaxLabelWords);
                var stems = words.Select(w => w.Stem).ToArray();
                if (stems.Length > 0 && seen.Add(string.Join(' ', stems)))
                {
                    labelWords.Add((o, text, preferred, stems, words.FindIndex(w => w.IsHead)));
                }
            }
        }

        var occupationsPerStem = labelWords
            .SelectMany(l => l.Stems.Select(s => (s, l.Occupation))).Distinct()
            .GroupBy(p => p.s, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _vocabulary = new Vocabulary(occupationsPerStem, _occupations.Length, tolerant: true);

        _labels = [.. labelWords.Select(l =>
        {
            var terms = l.Stems.Select(s => _vocabulary.Find(s)!.Value).ToArray();
            return new OccupationLabel(l.Occupation, l.Text, l.Preferred, terms, terms[l.Head], terms.Sum(_vocabulary.Idf));
        })];
        var postings = new List<int>[_vocabulary.Count];
        for (var l = 0; l < _labels.Length; l++)
        {
            foreach (var term in _labels[l].Terms)
            {
                (postings[term] ??= []).Add(l);
            }
        }
        _labelsWithTerm = [.. postings.Select(p => p?.ToArray() ?? [])];
    }

    public int OccupationCount => _occupations.Length;

    public int LabelCount => _labels.Length;

    /// <summary>
    /// Occupations for <paramref name="text"/>, best first. A slash offers alternatives ("Carpenter/Joiner",
    /// "Receptionist / Admin"): each is searched, and the whole, and an occupation keeps its best score.
    /// </summary>
    public IReadOnlyList<OccupationMatch> Search(string? text, int limit)
    {
        if (string.IsNullOrWhiteSpace(text) || limit <= 0)
        {
            return [];
        }
        text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        var stillTyping = char.IsLetterOrDigit(text[^1]);
        var alternatives = text.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (alternatives.Length < 2)
        {
            return SearchOne(text, stillTyping, limit);
        }
        return [.. alternatives
            .Select((alternative, i) => SearchOne(alternative, stillTyping && i == alternatives.Length - 1, limit))
            .Prepend(SearchOne(text, stillTyping, limit))
            .SelectMany(matches => matches)
            .GroupBy(match => match.Uri, StringComparer.Ordinal)
            .Select(same => same.MaxBy(match => match.Score)!)
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.Title.Length)
            .ThenBy(match => match.Uri, StringComparer.Ordinal)
            .Take(limit)];
    }

    private List<OccupationMatch> SearchOne(string text, bool stillTyping, int limit)
    {
        var words = TitleWords.Of(text, MaxQueryWords);

        var termsOfQuery = new Dictionary<int, List<QueryTerm>>();
        var wordWeights = new float[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            foreach (var (term, factor) in Candidates(words[w], stillTyping && w == words.Count - 1))
            {
                (termsOfQuery.TryGetValue(term, out var list) ? list : termsOfQuery[term] = []).Add(new QueryTerm(w, factor));
                wordWeights[w] = Math.Max(wordWeights[w], _vocabulary.Idf(term) * factor);
            }
        }
        var queryWeight = wordWeights.Sum();
        if (queryWeight <= 0)
        {
            return [];
        }

        var best = new Dictionary<int, (double Score, int Label, float[] WordFactors)>();
        var wordFactors = new float[words.Count];
        var wordTerms = new int[words.Count];
        foreach (var label in termsOfQuery.Keys.SelectMany(t => _labelsWithTerm[t]).Distinct())
        {
            var score = Score(_labels[label], termsOfQuery, wordWeights, queryWeight, wordFactors, wordTerms);
            var occupation = _labels[label].Occupation;
            if (!best.TryGetValue(occupation, out var current) || score > current.Score
                || (score == current.Score && label < current.Label))
            {
                best[occupation] = (score, label, (float[])wordFactors.Clone());
            }
        }

        return [.. best
            .OrderByDescending(b => b.Value.Score)
            .ThenBy(b => _occupations[b.Key].PreferredLabel.Length)
            .ThenBy(b => _occupations[b.Key].Uri, StringComparer.Ordinal)
            .Take(limit)
            .Select(b =>
            {
                var occupation = _occupations[b.Key];
                var label = _labels[b.Value.Label];
                var matched = words.Where((_, w) => b.Value.WordFactors[w] > 0).Select(w => w.Typed).Distinct().ToArray();
                return new OccupationMatch(occupation.Uri, occupation.PreferredLabel, occupation.IscoGroup,
                    Math.Round(Math.Clamp(b.Value.Score, 0, 1), 4), label.Text, label.Preferred, matched);
            })];
    }

    /// <summary>
    /// How well one label answers the typed words: the share of the typed words' weight it covers, raised by the share
    /// of its own words covered. Each typed word counts for one label word at most, its best.
    /// </summary>
    private double Score(OccupationLabel label, Dictionary<int, List<QueryTerm>> termsOfQuery, float[] wordWeights, float queryWeight,
        float[] wordFactors, int[] wordTerms)
    {
        Array.Clear(wordFactors);
        Array.Fill(wordTerms, -1);
        foreach (var term in label.Terms)
        {
            if (!termsOfQuery.TryGetValue(term, out var matches))
            {
                continue;
            }
            foreach (var match in matches)
            {
                if (wordTerms[match.Word] < 0 || match.Factor * _vocabulary.Idf(term) > wordFactors[match.Word] * _vocabulary.Idf(wordTerms[match.Word]))
                {
                    wordFactors[match.Word] = match.Factor;
                    wordTerms[match.Word] = term;
                }
            }
        }

        var covered = 0f;
        foreach (var term in label.Terms)
        {
            var factor = 0f;
            for (var w = 0; w < wordTerms.Length; w++)
            {
                factor = wordTerms[w] == term ? Math.Max(factor, wordFactors[w]) : factor;
            }
            covered += _vocabulary.Idf(term) * factor;
        }
        var queryCoverage = wordWeights.Select((weight, w) => weight * wordFactors[w]).Sum() / queryWeight;
        var labelCoverage = covered / label.Weight;
        return queryCoverage * (0.6 + 0.4 * labelCoverage)
               * (label.Preferred ? 1 : AlternativeLabelFactor)
               * (wordTerms.Contains(label.Head) ? 1 : UntypedRoleFactor);
    }

    /// <summary>The label words a typed word can stand for, with how much a match counts.</summary>
    private IEnumerable<(int Term, float Factor)> Candidates(TitleWord word, bool stillTyping)
    {
        var exact = _vocabulary.Find(word.Stem);
        if (exact is { } id)
        {
            yield return (id, 1f);
        }
        else
        {
            foreach (var typo in _vocabulary.OneTypoAway(word.Stem))
            {
                yield return (typo, TypoFactor);
            }
        }
        if (stillTyping && !word.FromShortForm && word.Normalized.Length >= 2)
        {
            foreach (var prefixed in _vocabulary.StartingWith(word.Stem, MaxPrefixExpansions).Where(p => p != exact))
            {
                yield return (prefixed, PrefixFactor);
            }
        }
    }
}
