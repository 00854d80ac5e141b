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
    // The longest list item read as a label less one of its words.
    private const int MaxNearLabelWords = 3;

    /// <summary>
    /// Words that say a skill is exercised or studied, not which skill ("use", "principles"): they count only when they
    /// are all a label has, and a record need not say them ("Python" is "use Python").
    /// </summary>
    private static readonly IReadOnlySet<string> ExerciseWords = Stems(
        "apply", "use", "utilise", "perform", "carry", "undertake", "conduct", "implement", "execute", "practise", "practice",
        "employ", "adopt", "do", "principles", "basics", "fundamentals", "software", "individuals");

    /// <summary>
    /// Generic verbs that still say what is done to their object: "support nurses" is not "nursing", nor "show
    /// confidence" "confidence". Like <see cref="ExerciseWords"/> they never anchor a label, but a label of one other
    /// word needs its verb in the record.
    /// </summary>
    private static readonly IReadOnlySet<string> ActionVerbs = Stems(
        "manage", "ensure", "handle", "provide", "make", "take", "deal", "follow", "demonstrate", "show", "have", "keep",
        "offer", "supply", "work", "operate", "maintain", "assist", "support");

    private readonly EscoSkillRow[] _skills;
    private readonly Vocabulary _vocabulary;
    private readonly SkillLabel[] _labels;
    private readonly int[][] _labelsAnchoredOn;
    private readonly int[][] _labelsWithTerm;
    private readonly int[] _skillsPerTerm;
    private readonly bool[] _isGeneric;

    /// <param name="Content">The label's meaning-bearing terms (all its terms when it has no other).</param>
    /// <param name="AllTerms">Every term once.</param>
    /// <param name="Verbs">The action verbs a one-word label needs beside its word.</param>
    /// <param name="Repeated">Terms the label says twice ("team up with coaching team"), which a record must say twice too.</param>
    private sealed record SkillLabel(int Skill, string Text, bool Preferred, int[] Content, int[] AllTerms, int[] Verbs, int[] Repeated);

    private sealed record LabelMatch(SkillLabel Label, int[] Positions, int Missing);

    public SkillDetector(IEnumerable<EscoSkillRow> skills)
    {
        _skills = [.. skills.OrderBy(s => s.Uri, StringComparer.Ordinal)];
        var labelStems = new List<(int Skill, string Text, bool Preferred, string[] Stems)>();
        for (var s = 0; s < _skills.Length; s++)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var cvLabels = CvSkillLabels.ByUri.GetValueOrDefault(_skills[s].Uri) ?? [];
            foreach (var (text, preferred) in _skills[s].AltLabels.Concat(cvLabels).Select(a => (a, false)).Prepend((_skills[s].PreferredLabel, true)))
            {
                var stems = MatchText.Words(Qualifier().Replace(text, " "))
                    .Select(w => w.Stem).Where(stem => !MatchText.StopWords.Contains(stem)).ToArray();
                var distinct = stems.Distinct().ToArray();
                if (distinct.Length is > 0 and <= MaxLabelWords && seen.Add(string.Join(' ', distinct)))
                {
                    labelStems.Add((s, text, preferred, stems));
                }
            }
        }

        var skillsPerStem = labelStems
            .SelectMany(l => l.Stems.Select(stem => (stem, l.Skill))).Distinct()
            .GroupBy(p => p.stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        _vocabulary = new Vocabulary(skillsPerStem, _skills.Length, tolerant: false);
        _skillsPerTerm = [.. Enumerable.Range(0, _vocabulary.Count).Select(t => skillsPerStem[_vocabulary.Term(t)])];
        _isGeneric = [.. Enumerable.Range(0, _vocabulary.Count).Select(t => IsGeneric(_vocabulary.Term(t)))];

        _labels = [.. labelStems.Select(l => ToLabel(l.Skill, l.Text, l.Preferred, l.Stems))];
        // Each label is looked up through its rarest word, so a clause only tries labels that can match it.
        var anchored = new List<int>[_vocabulary.Count];
        var withTerm = new List<int>[_vocabulary.Count];
        for (var l = 0; l < _labels.Length; l++)
        {
            var anchor = _labels[l].Content.MinBy(t => (_skillsPerTerm[t], t));
            (anchored[anchor] ??= []).Add(l);
            foreach (var term in _labels[l].AllTerms)
            {
                (withTerm[term] ??= []).Add(l);
            }
        }
        _labelsAnchoredOn = [.. anchored.Select(a => a?.ToArray() ?? [])];
        _labelsWithTerm = [.. withTerm.Select(a => a?.ToArray() ?? [])];
    }

    private SkillLabel ToLabel(int skill, string text, bool preferred, string[] stems)
    {
        var all = stems.Distinct().Select(stem => _vocabulary.Find(stem)!.Value).ToArray();
        var content = all.Where(t => !_isGeneric[t]).ToArray();
        var verbs = all.Where(t => ActionVerbs.Contains(_vocabulary.Term(t))).ToArray();
        var repeated = stems.GroupBy(stem => stem).Where(g => g.Count() > 1).Select(g => _vocabulary.Find(g.Key)!.Value).ToArray();
        return new SkillLabel(skill, text, preferred, content.Length > 0 ? content : all, all, verbs, repeated);
    }

    private static bool IsGeneric(string stem) => ExerciseWords.Contains(stem) || ActionVerbs.Contains(stem);

    private static HashSet<string> Stems(params string[] words) => new(words.Select(MatchText.Stem), StringComparer.Ordinal);

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

        var meaningWords = words.Select(w => w.Stem).Where(stem => !IsGeneric(stem))
            .Distinct().Select(stem => _vocabulary.Find(stem) ?? -1).ToArray();
        var lastMeaningWord = Array.FindLastIndex(words, w => !IsGeneric(w.Stem));
        var matches = new List<LabelMatch>();
        foreach (var (term, anchorPositions) in positions.OrderBy(p => p.Key))
        {
            foreach (var label in _labelsAnchoredOn[term].Select(l => _labels[l]))
            {
                if ((label.Content.Length > 1 || IsTrustedAlone(label, term, meaningWords, isListItem, positions, lastMeaningWord))
                    && label.Repeated.All(t => positions.TryGetValue(t, out var at) && at.Count > 1)
                    && Locate(label, anchorPositions, positions) is { } located
                    && !BreaksACompound(words, located))
                {
                    matches.Add(new LabelMatch(label, located, label.AllTerms.Count(t => !positions.ContainsKey(t))));
                }
            }
        }
        if (matches.Count == 0 && isListItem && NearestLabel(words, positions) is { } nearest)
        {
            matches.Add(nearest);
        }

        // A match whose words another match also covers, and more, is the shorter reading of the same words. Of the
        // labels matching the very same words, a preferred label names its skill best, then the label with fewest
        // words left unseen; a skill and a knowledge concept of the same words ("provide first aid", "first aid") are
        // both kept.
        var ranked = matches
            .OrderByDescending(m => m.Label.Preferred).ThenBy(m => m.Missing).ThenBy(m => m.Label.AllTerms.Length)
            .ThenBy(m => _skills[m.Label.Skill].Uri, StringComparer.Ordinal).ToList();
        return [.. ranked.Where((m, i) => !ranked.Exists(other => IsStrictSubset(m.Positions, other.Positions))
                                          && !ranked.Take(i).Any(earlier => earlier.Positions.SequenceEqual(m.Positions)))];
    }

    private bool IsSameKind(LabelMatch a, LabelMatch b) =>
        string.Equals(_skills[a.Label.Skill].SkillType, _skills[b.Label.Skill].SkillType, StringComparison.Ordinal);

    /// <summary>
    /// A label of one meaning word ("Python", "mentor individuals") is trusted when it is all the clause says (a list
    /// item, a field of study) or nearly so; not in prose, where a lone noun ("refunds", "design") says little. Beside
    /// one other word it must be the last, the head of the phrase ("Adult CPR", not "Confidence intervals"). Its
    /// action verb, if it has one ("support nurses"), must be there too.
    /// </summary>
    private bool IsTrustedAlone(SkillLabel label, int term, int[] meaningWords, bool isListItem, Dictionary<int, List<int>> positions, int lastMeaningWord) =>
        label.Verbs.All(positions.ContainsKey)
        && (meaningWords.All(label.AllTerms.Contains)
            || (isListItem && meaningWords.Length <= 2 && _skillsPerTerm[term] <= MaxSkillsForLoneWordBesideAnother
                && positions[term].Contains(lastMeaningWord)));

    /// <summary>
    /// A hyphenated compound is read whole. Before another word it names what a thing is or does ("the
    /// shipment-tracking platform", "the payment-processing core"), not something the person does; and a word inside
    /// one belongs to the next ("payment" in "payment-capture API" is not "payment" with a word outside it).
    /// </summary>
    private static bool BreaksACompound(MatchWord[] words, int[] located)
    {
        var namesAThing = located.Length > 1 && words[located[0]].Compound == words[located[^1]].Compound && located[^1] + 1 < words.Length;
        var splitsOne = located.Any(p => p + 1 < words.Length && words[p + 1].Compound == words[p].Compound && !located.Contains(p + 1));
        return namesAThing || splitsOne;
    }

    /// <summary>
    /// A short list item no label matches as written ("Vital signs monitoring", "Giving feedback") is read as the one
    /// skill whose label holds all its words and one more meaning word ("monitor patient's vital signs", "give
    /// constructive feedback"), not as its first: a label's first word is mostly the verb that says what is done
    /// ("reflect on patients' communication" is not "Patient communication"). When labels of several skills fit
    /// equally, the item says too little to choose.
    /// </summary>
    private LabelMatch? NearestLabel(MatchWord[] words, Dictionary<int, List<int>> positions)
    {
        var terms = positions.Keys.ToArray();
        if (terms.Length is 0 or > MaxNearLabelWords || positions.Values.Sum(p => p.Count) != words.Length || terms.All(t => _isGeneric[t]))
        {
            return null;
        }
        var candidates = _labelsWithTerm[terms.MinBy(t => (_skillsPerTerm[t], t))].Select(l => _labels[l])
            .Where(label => label.AllTerms.Length == terms.Length + 1 && label.Repeated.Length == 0
                            && terms.All(label.AllTerms.Contains) && label.AllTerms.Any(t => !terms.Contains(t) && !_isGeneric[t])
                            && terms.Contains(label.AllTerms[0]))
            .ToList();
        if (candidates.Select(c => c.Skill).Distinct().Count() != 1)
        {
            return null;
        }
        var best = candidates.OrderByDescending(c => c.Preferred).ThenBy(c => c.Text, StringComparer.Ordinal).First();
        return new LabelMatch(best, [.. Enumerable.Range(0, words.Length)], 1);
    }

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
