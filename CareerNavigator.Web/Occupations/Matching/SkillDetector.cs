using System.Text.RegularExpressions;
using CareerNavigator.Web.Occupations.Esco;

namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>
/// Record text to ESCO skills. ESCO's labels are mostly verb phrases ("apply health and safety standards"), so a label
/// is found when all its meaning-bearing words (not its generic verb) appear, in any form, close together within one
/// clause of one record. Where labels overlap, the one covering more of the clause wins ("SQL Server" over "SQL").
/// </summary>
internal sealed partial class SkillDetector
{
    private const int MaxLabelWords = 6;
    private const int MaxRecordWords = 20_000;
    // How many other words may sit between the words of one label.
    private const int Window = 3;
    // A one-word label found inside a longer clause must be a word few skills use ("PostgreSQL", not "design").
    private const int MaxSkillsForLoneWord = 3;

    /// <summary>Verbs that say a skill is exercised, not which skill: they count only when they are all a label has.</summary>
    private static readonly IReadOnlySet<string> GenericVerbs = new HashSet<string>(
        new[]
        {
            "apply", "use", "utilise", "perform", "manage", "ensure", "carry", "undertake", "conduct", "handle", "provide",
            "make", "take", "do", "deal", "implement", "execute", "follow", "demonstrate", "show", "have", "keep", "offer",
            "supply", "practise", "practice", "work", "operate", "maintain", "assist", "support", "employ", "adopt",
        }.Select(MatchText.Stem),
        StringComparer.Ordinal);

    private readonly EscoSkillRow[] _skills;
    private readonly Vocabulary _vocabulary;
    private readonly SkillLabel[] _labels;
    private readonly int[][] _labelsAnchoredOn;
    private readonly int[] _skillsPerTerm;

    private sealed record SkillLabel(int Skill, string Text, bool Preferred, int[] Content, int[] AllTerms);

    private sealed record LabelMatch(SkillLabel Label, int[] Positions, int Missing);

    public SkillDetector(IEnumerable<EscoSkillRow> skills)
    {
        _skills = [.. skills.OrderBy(s => s.Uri, StringComparer.Ordinal)];
        var labelWords = new List<(int Skill, string Text, bool Preferred, string[] Content, string[] All)>();
        for (var s = 0; s < _skills.Length; s++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, preferred) in _skills[s].AltLabels.Select(a => (a, false)).Prepend((_skills[s].PreferredLabel, true)))
            {
                var all = MatchText.Words(Qualifier().Replace(text, " "))
                    .Select(w => w.Stem).Where(stem => !MatchText.StopWords.Contains(stem)).Distinct().ToArray();
                var content = all.Where(stem => !GenericVerbs.Contains(stem)).ToArray();
                if (all.Length is > 0 and <= MaxLabelWords && seen.Add(string.Join(' ', all)))
                {
                    labelWords.Add((s, text, preferred, content.Length > 0 ? content : all, all));
                }
            }
        }

        var skillsPerStem = labelWords
            .SelectMany(l => l.All.Select(stem => (stem, l.Skill))).Distinct()
            .GroupBy(p => p.stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _vocabulary = new Vocabulary(skillsPerStem, _skills.Length, tolerant: false);
        _skillsPerTerm = [.. Enumerable.Range(0, _vocabulary.Count).Select(t => skillsPerStem[_vocabulary.Term(t)])];

        _labels = [.. labelWords.Select(l => new SkillLabel(l.Skill, l.Text, l.Preferred,
            [.. l.Content.Select(stem => _vocabulary.Find(stem)!.Value)], [.. l.All.Select(stem => _vocabulary.Find(stem)!.Value)]))];
        // Each label is looked up through its rarest word, so a clause only tries labels that can match it.
        var anchored = new List<int>[_vocabulary.Count];
        for (var l = 0; l < _labels.Length; l++)
        {
            var anchor = _labels[l].Content.MinBy(t => (_skillsPerTerm[t], t));
            (anchored[anchor] ??= []).Add(l);
        }
        _labelsAnchoredOn = [.. anchored.Select(a => a?.ToArray() ?? [])];
    }

    public int SkillCount => _skills.Length;

    public int LabelCount => _labels.Length;

    public IReadOnlyList<SkillMatch> Detect(IEnumerable<(string Source, string Text)> records)
    {
        var found = new Dictionary<int, List<SkillEvidence>>();
        foreach (var (source, text) in records)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            foreach (var clause in MatchText.Words(text, MaxRecordWords).GroupBy(w => w.Segment))
            {
                var words = clause.ToArray();
                foreach (var match in Matches(words))
                {
                    var evidence = new SkillEvidence(source, match.Label.Text, [.. match.Positions.Select(p => words[p].Text)]);
                    var list = found.TryGetValue(match.Label.Skill, out var existing) ? existing : found[match.Label.Skill] = [];
                    if (!list.Exists(e => e.Source == evidence.Source && e.Words.SequenceEqual(evidence.Words)))
                    {
                        list.Add(evidence);
                    }
                }
            }
        }
        return [.. found
            .OrderByDescending(f => f.Value.Count)
            .ThenBy(f => _skills[f.Key].Uri, StringComparer.Ordinal)
            .Select(f => new SkillMatch(_skills[f.Key].Uri, _skills[f.Key].PreferredLabel, _skills[f.Key].SkillType, f.Value))];
    }

    /// <summary>The labels found in one clause, less those another match covers more of.</summary>
    private List<LabelMatch> Matches(MatchWord[] words)
    {
        var positions = new Dictionary<int, List<int>>();
        for (var p = 0; p < words.Length; p++)
        {
            if (_vocabulary.Find(words[p].Stem) is { } term)
            {
                (positions.TryGetValue(term, out var list) ? list : positions[term] = []).Add(p);
            }
        }

        var matches = new List<LabelMatch>();
        foreach (var (term, anchorPositions) in positions.OrderBy(p => p.Key))
        {
            foreach (var label in _labelsAnchoredOn[term].Select(l => _labels[l]))
            {
                if (Locate(label, term, anchorPositions, positions, words.Length) is { } located)
                {
                    var missing = label.AllTerms.Count(t => !positions.ContainsKey(t));
                    matches.Add(new LabelMatch(label, located, missing));
                }
            }
        }

        // A match whose words another match also covers, and more, is the shorter reading of the same words.
        return [.. matches.Where(m => !matches.Exists(other =>
            other != m && (IsStrictSubset(m.Positions, other.Positions)
                           || (m.Positions.SequenceEqual(other.Positions) && Better(other, m)))))];
    }

    private static bool Better(LabelMatch a, LabelMatch b) =>
        a.Missing != b.Missing ? a.Missing < b.Missing : a.Label.Preferred && !b.Label.Preferred;

    private int[]? Locate(SkillLabel label, int anchor, List<int> anchorPositions, Dictionary<int, List<int>> positions, int clauseLength)
    {
        if (label.Content.Length == 1 && _skillsPerTerm[anchor] > MaxSkillsForLoneWord && clauseLength > label.AllTerms.Length + 2)
        {
            return null;
        }
        foreach (var start in anchorPositions)
        {
            var located = new int[label.Content.Length];
            var complete = true;
            for (var i = 0; i < label.Content.Length && complete; i++)
            {
                if (positions.TryGetValue(label.Content[i], out var at))
                {
                    located[i] = at.MinBy(p => Math.Abs(p - start));
                }
                else
                {
                    complete = false;
                }
            }
            if (complete && located.Max() - located.Min() < label.Content.Length + Window)
            {
                return [.. located.Distinct().Order()];
            }
        }
        return null;
    }

    private static bool IsStrictSubset(int[] a, int[] b) => a.Length < b.Length && a.All(b.Contains);

    /// <summary>A bracketed qualifier such as "(computer programming)" tells ESCO's labels apart; nobody writes it.</summary>
    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Qualifier();
}
