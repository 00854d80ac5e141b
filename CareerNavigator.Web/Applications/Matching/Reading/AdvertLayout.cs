using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Applications.Matching.Reading;

/// <summary>
/// An advert split as a reader sees it: its title, headings and the sections they open, list items and sentences, and
/// the clauses of each with how much the advert wants what they say. A clause's own marker words decide; a clause
/// without any takes the marker of an earlier clause of its sentence, then its section's heading. Clauses that only describe the company,
/// the role or its duties ask nothing (<see cref="ImportanceAt"/> is null there), nor do clauses that give a reason or set
/// a condition ("if you need adjustments").
/// </summary>
internal sealed partial class AdvertLayout
{
    private const int MaxHeadingWords = 8;
    private const int MaxStartPhraseHeadingWords = 5;
    // The lines before the first blank line name the role, the employer and the place, when they are short and few.
    private const int MaxTitleLines = 3;
    private const int MaxTitleWords = 12;

    private readonly List<Clause> _clauses = [];
    private readonly List<(int Start, int End)> _sentences = [];

    /// <param name="Start">Where the clause starts in the advert.</param>
    /// <param name="Sentence">The index of its sentence or list item.</param>
    /// <param name="Importance">How much the advert wants what the clause says; null when it asks nothing.</param>
    internal sealed record Clause(int Start, int End, int Sentence, Importance? Importance);

    private AdvertLayout(string text) => Text = text;

    public string Text { get; }

    /// <summary>The advert's first line, which names the role.</summary>
    public string? Title { get; private set; }

    public IReadOnlyList<Clause> Clauses => _clauses;

    /// <summary>The clauses that ask something, in order.</summary>
    public IEnumerable<Clause> Asking => _clauses.Where(c => c.Importance is not null);

    /// <summary>The sentences and list items with at least one clause that asks something.</summary>
    public IEnumerable<AdvertQuote> AskingSentences =>
        Asking.Select(c => c.Sentence).Distinct().Select(s => AdvertQuote.Of(Text, _sentences[s].Start, _sentences[s].End));

    public static AdvertLayout Of(string text)
    {
        var layout = new AdvertLayout(text);
        layout.Read();
        return layout;
    }

    public Importance? ImportanceAt(int position) => ClauseAt(position)?.Importance;

    /// <summary>The sentence or list item around <paramref name="position"/>: what a quote is shown within.</summary>
    public AdvertQuote ContextAt(int position)
    {
        var sentence = ClauseAt(position)?.Sentence;
        return sentence is { } s
            ? AdvertQuote.Of(Text, _sentences[s].Start, _sentences[s].End)
            : AdvertQuote.Of(Text, position, position);
    }

    public Clause? ClauseAt(int position)
    {
        var low = 0;
        var high = _clauses.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (position < _clauses[mid].Start)
            {
                high = mid - 1;
            }
            else if (position >= _clauses[mid].End)
            {
                low = mid + 1;
            }
            else
            {
                return _clauses[mid];
            }
        }
        return null;
    }

    private void Read()
    {
        var section = Section.Neutral;
        var contentSinceHeading = false;
        var blankBefore = false;
        var titleLines = 0;
        foreach (var (start, end) in Lines())
        {
            var line = Text[start..end];
            if (string.IsNullOrWhiteSpace(line))
            {
                blankBefore = true;
                titleLines = titleLines > 0 ? MaxTitleLines : 0;
                continue;
            }
            var bullet = Bullet().Match(line);
            var contentStart = start + (bullet.Success ? bullet.Length : line.Length - line.TrimStart().Length);
            var content = Text[contentStart..end].TrimEnd();
            var heading = bullet.Success ? null : IsHeading(content);
            if (titleLines < MaxTitleLines && !bullet.Success && heading is null && WordCount(content) <= MaxTitleWords && !content.EndsWith('.'))
            {
                Title ??= content;
                titleLines++;
                continue;
            }
            titleLines = MaxTitleLines;
            if (heading is { } opened)
            {
                (section, contentSinceHeading, blankBefore) = (opened, false, false);
                continue;
            }
            // A paragraph after a blank line, once the section has had its lines, is past the section's end.
            if (!bullet.Success && blankBefore && contentSinceHeading)
            {
                section = Section.Neutral;
            }
            (contentSinceHeading, blankBefore) = (true, false);
            foreach (var (sentenceStart, sentenceEnd) in Sentences(contentStart, contentStart + content.Length))
            {
                AddSentence(sentenceStart, sentenceEnd, section);
            }
        }
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static Section? IsHeading(string content)
    {
        var words = WordCount(content);
        if (words > MaxHeadingWords || content.EndsWith('.'))
        {
            return null;
        }
        if (content.EndsWith(':'))
        {
            return ImportanceWords.OfHeading(content) ?? Section.Neutral;
        }
        return words <= MaxStartPhraseHeadingWords ? ImportanceWords.OfHeading(content) : null;
    }

    private void AddSentence(int start, int end, Section section)
    {
        var sentence = _sentences.Count;
        _sentences.Add((start, end));
        var parts = new List<(int Start, int End, ImportanceWords.Marker Marker, bool Silent)>();
        foreach (var (clauseStart, clauseEnd) in ClausesOf(start, end))
        {
            var clause = Text[clauseStart..clauseEnd];
            if (ImportanceWords.RoleClauseRequirementsStart(clause) is { } asked)
            {
                if (asked < 0)
                {
                    parts.Add((clauseStart, clauseEnd, ImportanceWords.Marker.None, true));
                    continue;
                }
                parts.Add((clauseStart, clauseStart + asked, ImportanceWords.Marker.None, true));
                parts.Add((clauseStart + asked, clauseEnd, ImportanceWords.Marker.Required, false));
                continue;
            }
            var reason = (parts.Count > 0 && ImportanceWords.GivesAReason(clause)) || ImportanceWords.SetsACondition(clause);
            parts.Add((clauseStart, clauseEnd, reason ? ImportanceWords.Marker.None : ImportanceWords.Of(clause), reason));
        }

        var sectionImportance = section switch
        {
            Section.Required => Importance.Required,
            Section.Preferred => Importance.Preferred,
            _ => (Importance?)null,
        };
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            Importance? importance;
            if (part.Silent)
            {
                importance = null;
            }
            else if (part.Marker != ImportanceWords.Marker.None)
            {
                importance = FromMarker(part.Marker);
            }
            else
            {
                // A marker after the clause mostly narrows what follows it ("…, ideally in travel"): the clause takes the
                // marker before it, then its section's, and only in a section that asks nothing the marker after it.
                var before = parts.Take(i).LastOrDefault(p => p.Marker != ImportanceWords.Marker.None);
                var after = parts.Skip(i + 1).FirstOrDefault(p => p.Marker != ImportanceWords.Marker.None);
                importance = before.Marker != ImportanceWords.Marker.None ? FromMarker(before.Marker)
                    : sectionImportance ?? (after.Marker != ImportanceWords.Marker.None ? FromMarker(after.Marker) : null);
            }
            _clauses.Add(new Clause(part.Start, part.End, sentence, importance));
        }
    }

    private static Importance? FromMarker(ImportanceWords.Marker marker) => marker switch
    {
        ImportanceWords.Marker.Required => Importance.Required,
        ImportanceWords.Marker.Preferred => Importance.Preferred,
        _ => null,
    };

    private IEnumerable<(int Start, int End)> Lines()
    {
        var start = 0;
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] is '\n' or '\r')
            {
                yield return (start, i);
                if (Text[i] == '\r' && i + 1 < Text.Length && Text[i + 1] == '\n')
                {
                    i++;
                }
                start = i + 1;
            }
        }
        yield return (start, Text.Length);
    }

    /// <summary>Sentences end at . ! ? ; before a space ("e.g." and "i.e." do not end one; "17.50" and "ASP.NET" have no space).</summary>
    private IEnumerable<(int Start, int End)> Sentences(int start, int end)
    {
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (Text[i] is '.' or '!' or '?' or ';' && (i + 1 == end || char.IsWhiteSpace(Text[i + 1])) && !IsAbbreviation(i))
            {
                yield return (from, i + 1);
                from = i + 1;
            }
        }
        if (end > from && !string.IsNullOrWhiteSpace(Text[from..end]))
        {
            yield return (from, end);
        }
    }

    private bool IsAbbreviation(int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(Text[wordStart - 1]))
        {
            wordStart--;
        }
        return Abbreviation().IsMatch(Text[wordStart..(dot + 1)]);
    }

    /// <summary>Clauses end at a comma or colon before a space, and at a dash between spaces.</summary>
    private IEnumerable<(int Start, int End)> ClausesOf(int start, int end)
    {
        var from = start;
        for (var i = start; i < end; i++)
        {
            var breaks = (Text[i] is ',' or ':' && i + 1 < end && char.IsWhiteSpace(Text[i + 1]))
                         || (Text[i] is '–' or '—' && i > start && char.IsWhiteSpace(Text[i - 1]));
            if (breaks)
            {
                yield return (from, i + 1);
                from = i + 1;
            }
        }
        if (end > from)
        {
            yield return (from, end);
        }
    }

    [GeneratedRegex(@"^\s*(?:[-*•·▪◦●–—]|\d{1,2}[.)])\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\(?(?:e\.g|i\.e|etc|approx|incl|min|max|no|vs|cf)\.$", RegexOptions.IgnoreCase)]
    private static partial Regex Abbreviation();
}
