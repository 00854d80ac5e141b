using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Applications.Matching.Profile;

/// <summary>
/// One text of one record ("Job: Barista at Bean There Café", its description), with its words in the form they are
/// compared in, so that "handled cash" meets "cash handling" and "analysed" meets "analyse".
/// </summary>
public sealed class ProfileText
{
    public ProfileText(RecordKind record, int? recordId, string recordName, string text)
    {
        Record = record;
        RecordId = recordId;
        RecordName = recordName;
        Text = text;
        var words = MatchText.Words(text).Where(w => !MatchText.StopWords.Contains(w.Stem)).ToArray();
        Stems = [.. words.Select(w => w.Stem)];
        _typed = [.. words.Select(w => w.Text)];
    }

    private readonly string[] _typed;

    public RecordKind Record { get; }
    public int? RecordId { get; }
    public string RecordName { get; }
    public string Text { get; }
    public string[] Stems { get; }

    /// <summary>Whether every one of <paramref name="stems"/> is among this text's words.</summary>
    public bool HasAll(IReadOnlyCollection<string> stems) => stems.Count > 0 && stems.All(Stems.Contains);

    /// <summary>Whether <paramref name="stems"/> appear here one after another.</summary>
    public bool HasPhrase(IReadOnlyList<string> stems) => PhraseAt(stems) >= 0;

    /// <summary>The words of this text that say <paramref name="stems"/>, as written here; null when it does not.</summary>
    public string? Saying(IReadOnlyList<string> stems) => PhraseAt(stems) is var at and >= 0 ? string.Join(' ', _typed[at..(at + stems.Count)]) : null;

    private int PhraseAt(IReadOnlyList<string> stems)
    {
        if (stems.Count == 0)
        {
            return -1;
        }
        for (var i = 0; i + stems.Count <= Stems.Length; i++)
        {
            var j = 0;
            while (j < stems.Count && Stems[i + j] == stems[j])
            {
                j++;
            }
            if (j == stems.Count)
            {
                return i;
            }
        }
        return -1;
    }

    public MatchEvidence Evidence(string shows) => new(Record, RecordId, RecordName, shows);

    public MatchEvidence Evidence() => Evidence(Text);

    /// <summary>The compared form of a phrase's meaningful words.</summary>
    public static string[] StemsOf(string phrase) =>
        [.. MatchText.Words(phrase).Where(w => !MatchText.StopWords.Contains(w.Stem)).Select(w => w.Stem)];
}
