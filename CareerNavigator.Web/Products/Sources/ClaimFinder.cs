using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Sources;

/// <summary>
/// Finds the facts a sentence of free text states, by the way English states them: a number, a year, a degree ("MSc
/// Astrophysics", "a Master of Science in …"), a school (a name with University, College, …, or after "studied at"), an
/// award (a name with Prize, Award, …, or what was "won"), a job title ("worked as …", "as Senior Analyst"), an employer
/// (a name after "at", "for", "joined") and skills ("proficient in …", "experience with …"). It reads patterns, not
/// meaning: a fact stated in other words is not found, and the page says the check is a help, not a proof.
/// </summary>
internal static partial class ClaimFinder
{
    private static readonly string[] SchoolWords = ["University", "College", "School", "Institute", "Academy", "Polytechnic", "Conservatory", "Bootcamp", "Universität", "Hochschule", "Université", "Universidad", "Universiteit"];
    private static readonly string[] AwardWords = ["Award", "Awards", "Prize", "Medal", "Scholarship", "Fellowship", "Trophy", "Honour", "Honor", "Cup"];

    public static IEnumerable<FoundClaim> Find(string? text, string place)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }
        foreach (var sentence in Sentences(text))
        {
            foreach (var claim in InSentence(sentence, place).DistinctBy(c => c.Key))
            {
                yield return claim;
            }
        }
    }

    /// <summary>The sentences of <paramref name="text"/>: split after . ! ? and at line breaks.</summary>
    public static IEnumerable<string> Sentences(string text) =>
        SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static IEnumerable<FoundClaim> InSentence(string sentence, string place)
    {
        FoundClaim Claim(ClaimKind kind, string fact) => new(kind, Fit(fact.Trim().TrimEnd('.', ',', ';', ':'), VersionClaim.MaxTextLength), Fit(sentence, VersionClaim.MaxSentenceLength), place);

        var names = ProperNames().Matches(sentence).Select(m => m.Value.Trim()).ToList();
        var schools = names.Where(n => SchoolWords.Any(w => Regex.IsMatch(n, $@"\b{w}\b"))).ToList();
        var awards = names.Where(n => AwardWords.Any(w => Regex.IsMatch(n, $@"\b{w}\b"))).ToList();
        foreach (var school in schools)
        {
            yield return Claim(ClaimKind.School, school);
        }
        foreach (Match studied in StudiedAt().Matches(sentence))
        {
            if (!schools.Any(s => s.Contains(studied.Groups["name"].Value, StringComparison.Ordinal)))
            {
                yield return Claim(ClaimKind.School, studied.Groups["name"].Value);
            }
        }
        foreach (var award in awards)
        {
            yield return Claim(ClaimKind.Award, award);
        }
        if (awards.Count == 0 && WonSomething().Match(sentence) is { Success: true } won)
        {
            yield return Claim(ClaimKind.Award, won.Groups["what"].Value);
        }
        foreach (Match degree in DegreePhrase().Matches(sentence))
        {
            yield return Claim(ClaimKind.Degree, degree.Value);
        }
        foreach (Match title in TitleAfterAs().Matches(sentence))
        {
            var words = title.Groups["title"].Value;
            if (LooksLikeTitle(words))
            {
                yield return Claim(ClaimKind.Title, words);
            }
        }
        foreach (Match employer in EmployerAfterPreposition().Matches(sentence))
        {
            var name = employer.Groups["name"].Value.Trim();
            if (!schools.Any(s => s.Contains(name, StringComparison.Ordinal) || name.Contains(s, StringComparison.Ordinal))
                && !awards.Any(a => a.Contains(name, StringComparison.Ordinal)) && !Months().IsMatch(name))
            {
                yield return Claim(ClaimKind.Employer, name);
            }
        }
        foreach (Match list in SkillList().Matches(sentence))
        {
            foreach (var skill in ListItems().Split(list.Groups["skills"].Value).Select(s => s.Trim()).Where(s => s.Length > 1 && s.Split(' ').Length <= 5))
            {
                yield return Claim(ClaimKind.Skill, skill);
            }
        }
        foreach (Match year in ClaimText.YearPattern().Matches(sentence))
        {
            var month = MonthBefore().Match(sentence[..year.Index]);
            yield return Claim(ClaimKind.Date, month.Success ? month.Value.Trim() + " " + year.Value : year.Value);
        }
        foreach (Match number in ClaimText.NumberPattern().Matches(sentence))
        {
            if (!ClaimText.YearPattern().IsMatch(number.Value) && !PartOfName(sentence, number.Index))
            {
                yield return Claim(ClaimKind.Number, number.Value);
            }
        }
    }

    /// <summary>A title names a role: a capitalised phrase ("Chief Data Officer") or one ending in a role word ("data analyst").</summary>
    private static bool LooksLikeTitle(string words) =>
        words.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[0]) || Connector(w))) || RoleWord().IsMatch(words);

    private static bool Connector(string word) => word is "of" or "and" or "&" or "for" or "the" or "de";

    /// <summary>A number right after a capitalised word is part of a name or a level ("Python 3", "Windows 11", "Level 4").</summary>
    private static bool PartOfName(string sentence, int index) => NameBeforeNumber().IsMatch(sentence[..index]);

    private static string Fit(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9“""(])|\r?\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    /// <summary>Runs of capitalised words, with the small words names carry inside ("Bank of America", "Marks & Spencer").</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}\d'’.\-]*(?:\s+(?:(?:of|and|&|for|de|the|la|le)\s+)?\p{Lu}[\p{L}\d'’.\-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex ProperNames();

    [GeneratedRegex(@"\b(?:studied|graduated|graduating|study|studying)\s+(?:\w+\s+){0,3}?(?:at|from)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}\d'’.\-]*(?:\s+(?:(?:of|and|&|de|the)\s+)?\p{Lu}[\p{L}\d'’.\-]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex StudiedAt();

    [GeneratedRegex(@"\b(?:won|received|awarded|earned|granted)\s+(?:the\s+|a\s+|an\s+)?(?<what>[^.,;:!?]{3,80}?)(?=\s+(?:for|in|at|from|by)\b|[.,;:!?]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WonSomething();

    [GeneratedRegex(@"\b(?:Bachelor(?:'s|s)?|Master(?:'s|s)?|Doctorate|Associate(?:'s)?|Diploma)(?:\s+degree)?(?:\s+(?:of|in)\s+[\p{L}\-]+(?:\s+[\p{L}\-]+){0,4}?)?(?=\s+(?:from|at|with|and|which|where|that|in\s+\d)\b|[.,;:!?)]|$)|\b(?:B\.?Sc|M\.?Sc|B\.?Eng|M\.?Eng|MBA|Ph\.?D|M\.?Phil|LL\.?[BM]|HND|BA|MA)\b\.?(?:\s+(?:in\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3})?", RegexOptions.CultureInvariant)]
    private static partial Regex DegreePhrase();

    [GeneratedRegex(@"\b(?:work(?:ed|ing|s)?|serv(?:ed|ing|e)|employed|hired|promoted|position|role|job|experience|career|time|years?|months?|spent)\s+(?:\w+\s+){0,2}?as\s+(?:an?\s+|the\s+)?(?<title>[\p{L}&\-]+(?:\s+[\p{L}&\-]+){0,4}?)(?=\s+(?:at|for|in|with|from|on|where|and|since|until|to|during)\b|[.,;:!?()]|$)|^As\s+(?:an?\s+|the\s+)?(?<title>\p{Lu}[\p{L}&\-]*(?:\s+[\p{L}&\-]+){0,4}?)(?=\s+(?:at|for|in|with)\b|[.,;:])", RegexOptions.CultureInvariant)]
    private static partial Regex TitleAfterAs();

    [GeneratedRegex(@"\b(?:manager|engineer|developer|analyst|designer|officer|director|lead|specialist|consultant|assistant|coordinator|administrator|technician|nurse|teacher|scientist|architect|intern|head|executive|supervisor|accountant|advisor|adviser|editor|writer|researcher|programmer|tester|clerk|representative|agent|associate|chef|driver|operator|president|founder|partner)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"(?:\b(?:[Aa]t|[Ff]or|[Jj]oined|[Jj]oining)\s+)(?<name>\p{Lu}[\p{L}\d'’.\-#+]*(?:\s+(?:(?:of|and|&|de)\s+)?\p{Lu}[\p{L}\d'’.\-#+]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex EmployerAfterPreposition();

    [GeneratedRegex(@"\b(?:proficient|skilled|experienced|expert|expertise|fluent|certified|competent|versed|background|experience|knowledge|command|mastery)\s+(?:in|with|of)\s+(?<skills>[^.;:!?()]{2,160}?)(?=\s+(?:to|for|at|where|which|that|while|during|since|across|from)\b|[.;:!?()]|$)|\b(?:worked|work|working)\s+with\s+(?<skills>[^.;:!?()]{2,160}?)(?=\s+(?:to|for|at|where|which|that|while|during|since|across|from)\b|[.;:!?()]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SkillList();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}#+]*\s$", RegexOptions.CultureInvariant)]
    private static partial Regex NameBeforeNumber();

    [GeneratedRegex(@"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListItems();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Months();
}
