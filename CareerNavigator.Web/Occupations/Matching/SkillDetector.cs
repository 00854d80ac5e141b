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
    // A one-word label may stand beside one other word in a list item ("Adult CPR", "Paediatric assessment") when few
    // skills use its word; an everyday label word ("communication", "planning") beside another says little.
    private const int MaxSkillsForLoneWordBesideAnother = 10;

    /// <summary>
    /// Words that say a skill is exercised or studied, not which skill ("use", "principles"): they count only when they
    /// are all a label has.
    /// </summary>
    private static readonly IReadOnlySet<string> GenericVerbs = new HashSet<string>(
        new[]
        {
            "apply", "use", "utilise", "perform", "manage", "ensure", "carry", "undertake", "conduct", "handle", "provide",
            "make", "take", "do", "deal", "implement", "execute", "follow", "demonstrate", "show", "have", "keep", "offer",
            "supply", "practise", "practice", "work", "operate", "maintain", "assist", "support", "employ", "adopt",
            "principles", "basics", "fundamentals", "software", "individuals",
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
            // Stop words are left out, so the window between a label's words counts words that mean something.
            var recordWords = MatchText.Words(text, MaxRecordWords).Where(w => !MatchText.StopWords.Contains(w.Stem)).ToList();
            var segmentsPerLine = recordWords.GroupBy(w => w.Line).ToDictionary(g => g.Key, g => g.Select(w => w.Segment).Distinct().Count());
            foreach (var clause in recordWords.GroupBy(w => w.Segment))
            {
                var words = clause.ToArray();
                foreach (var match in Matches(words, isListItem: segmentsPerLine[words[0].Line] == 1))
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
    private List<LabelMatch> Matches(MatchWord[] words, bool isListItem)
    {
        var positions = new Dictionary<int, List<int>>();
        for (var p = 0; p < words.Length; p++)
        {
            if (_vocabulary.Find(words[p].Stem) is { } term)
            {
                (positions.TryGetValue(term, out var list) ? list : positions[term] = []).Add(p);
            }
        }

        var meaningWords = words.Select(w => w.Stem).Where(stem => !GenericVerbs.Contains(stem))
            .Distinct().Select(stem => _vocabulary.Find(stem) ?? -1).ToArray();
        var matches = new List<LabelMatch>();
        foreach (var (term, anchorPositions) in positions.OrderBy(p => p.Key))
        {
            foreach (var label in _labelsAnchoredOn[term].Select(l => _labels[l]))
            {
                if ((label.Content.Length > 1 || IsTrustedAlone(label, term, meaningWords, isListItem))
                    && Locate(label, anchorPositions, positions) is { } located)
                {
                    matches.Add(new LabelMatch(label, located, label.AllTerms.Count(t => !positions.ContainsKey(t))));
                }
            }
        }

        // A match whose words another match also covers, and more, is the shorter reading of the same words. Of the
        // labels matching the very same words, a preferred label names its skill best, then the label with fewest
        // words left unseen.
        var ranked = matches
            .OrderByDescending(m => m.Label.Preferred).ThenBy(m => m.Missing).ThenBy(m => m.Label.AllTerms.Length)
            .ThenBy(m => _skills[m.Label.Skill].Uri, StringComparer.Ordinal).ToList();
        return [.. ranked.Where((m, i) => !ranked.Exists(other => IsStrictSubset(m.Positions, other.Positions))
                                          && !ranked.Take(i).Any(earlier => earlier.Positions.SequenceEqual(m.Positions)))];
    }

    /// <summary>
    /// A label of one meaning word ("Python", "mentor individuals") is trusted when it is all the clause says (a list
    /// item, a field of study) or nearly so; not in prose, where a lone noun ("refunds", "design") says little.
    /// </summary>
    private bool IsTrustedAlone(SkillLabel label, int term, int[] meaningWords, bool isListItem) =>
        meaningWords.All(label.AllTerms.Contains)
        || (isListItem && meaningWords.Length <= 2 && _skillsPerTerm[term] <= MaxSkillsForLoneWordBesideAnother);

    private static int[]? Locate(SkillLabel label, List<int> anchorPositions, Dictionary<int, List<int>> positions)
    {
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
