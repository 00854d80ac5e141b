using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Education;

/// <summary>Levels of education, lowest first, as adverts ask for them and as academic records name their degree.</summary>
public enum EducationLevel
{
    Secondary = 1,
    Vocational = 2,
    Bachelor = 3,
    Master = 4,
    Doctorate = 5,
}

/// <summary>
/// The words for each level: "PhD", "MSc", "master's", "BSc", "bachelor's", "degree" (a bachelor's unless said
/// otherwise), "HND", "HNC", "diploma", "NVQ", "apprenticeship", "A levels", "high school diploma". A subject taught
/// ("teaching A level Biology") is not a level asked for.
/// </summary>
internal static partial class EducationLevels
{
    public readonly record struct Mention(int Start, int End, EducationLevel Level);

    public static IEnumerable<Mention> In(string text)
    {
        foreach (Match m in LevelWords().Matches(text))
        {
            if (Taught().IsMatch(text[..m.Index]) || Subject().IsMatch(text[(m.Index + m.Length)..]) || NotAnEducation().IsMatch(text[..m.Index]) || DegreeOfSomething().IsMatch(text[(m.Index + m.Length)..]) && m.Value.Equals("degree", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            yield return new Mention(m.Index, m.Index + m.Length, LevelOf(m));
        }
    }

    /// <summary>The highest level a record's degree or programme names, if it names one.</summary>
    public static EducationLevel? Of(string? degree) =>
        string.IsNullOrWhiteSpace(degree) ? null : In(degree).Select(m => (EducationLevel?)m.Level).Max();

    /// <summary>What a record of this level is called: "Bachelor's degree".</summary>
    public static string Name(EducationLevel level) => level switch
    {
        EducationLevel.Secondary => "Secondary school",
        EducationLevel.Vocational => "Diploma",
        EducationLevel.Bachelor => "Bachelor's degree",
        EducationLevel.Master => "Master's degree",
        _ => "Doctorate",
    };

    public static string Words(EducationLevel level) => level switch
    {
        EducationLevel.Secondary => "secondary school qualifications",
        EducationLevel.Vocational => "a vocational qualification or diploma",
        EducationLevel.Bachelor => "a bachelor's degree",
        EducationLevel.Master => "a master's degree",
        _ => "a doctorate",
    };

    private static EducationLevel LevelOf(Match m) =>
        m.Groups["doctorate"].Success ? EducationLevel.Doctorate
        : m.Groups["master"].Success ? EducationLevel.Master
        : m.Groups["bachelor"].Success ? EducationLevel.Bachelor
        : m.Groups["vocational"].Success ? EducationLevel.Vocational
        : EducationLevel.Secondary;

    [GeneratedRegex(@"(?<![\p{L}-])(?:(?<doctorate>Ph\.?D\.?|DPhil|EdD|doctorate|doctoral degree)|(?<master>master'?s(?: degree)?|masters|MSc|(?-i:MA)|MBA|MEng|MRes|MPhil|MPH|LLM|(?-i:MEd)|postgraduate (?:degree|diploma|qualification))|(?<vocational>foundation degree|HND|HNC|diploma|NVQ(?: level \d)?|BTEC|apprenticeship|vocational (?:qualification|training)|trade qualification|City (?:&|and) Guilds|level [2-5] (?:qualification|diploma|certificate))|(?<bachelor>bachelor'?s?(?: degree)?|BSc|(?-i:BA)|BEng|(?-i:BEd)|LLB|BBA|undergraduate degree|university degree|degree)|(?<secondary>(?-i:A[- ]levels?)|GCSEs?|high school diploma|high school|secondary school|Abitur|baccalaureate|Matura|Leaving Certificate))(?![\p{L}-])", RegexOptions.IgnoreCase)]
    private static partial Regex LevelWords();

    /// <summary>"the GCSE Biology curriculum", "A level results": a syllabus or exam, not a level asked of the candidate.</summary>
    [GeneratedRegex(@"^(?:\s+[\p{L}-]+){0,2}\s+(?:curriculum|syllabus|specification|students|pupils|classes|results|exams?|grades|teaching)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subject();

    [GeneratedRegex(@"\b(?:teach|teaching|taught|tutor|tutoring|to)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Taught();

    [GeneratedRegex(@"(?:\d\s*-?\s*|\b(?:high|certain|some|great|large|considerable|significant)\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnEducation();

    [GeneratedRegex(@"^\s*(?:of|celsius|fahrenheit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeOfSomething();
}
