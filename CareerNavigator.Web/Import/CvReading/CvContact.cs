using System.Globalization;
using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Import.CvReading;

/// <summary>
/// Name, email, phone and links from the lines before the first section and the contact section: the name is the
/// largest type there (or the first line that reads as a name), the rest is recognised by its shape and then checked
/// with the profile form's rules (<see cref="ImportedContact"/>).
/// </summary>
internal static partial class CvContact
{
    private static readonly string[] NotNames = ["curriculum", "vitae", "resume", "résumé", "lebenslauf", "currículum", "currículo", "życiorys", "cv"];

    private static readonly HashSet<string> NameParticles = ["de", "da", "das", "do", "dos", "del", "della", "van", "von", "der", "den", "y", "e", "di", "du", "le", "la", "bin", "ibn"];

    public static string? Name(IReadOnlyList<CvLine> lines)
    {
        // "Nombre: Javier Ortega", "Name | Lena Hoffmann": a labelled name is the name.
        foreach (var line in lines)
        {
            if (NameLabel().Match(line.Text) is { Success: true } labelled && LooksLikeName(labelled.Groups["name"].Value.Trim()))
            {
                return labelled.Groups["name"].Value.Trim();
            }
        }
        var candidates = lines.Where(l => LooksLikeName(l.Text)).ToList();
        var name = candidates.Any(l => l.FontSize > 0)
            ? candidates.MaxBy(l => l.FontSize)!.Text
            : candidates.FirstOrDefault(l => CvEntryParts.TitleScore(l.Text) == 0)?.Text;
        if (name is null)
        {
            return null;
        }
        return name.Any(char.IsLower) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
    }

    public static string? Email(string text, List<string> warnings) =>
        EmailAddress().Match(text) is { Success: true } match ? ImportedContact.Email(match.Value, "Your CV", warnings) : null;

    public static string? Phone(string text)
    {
        foreach (Match match in PhoneNumber().Matches(EmailAddress().Replace(text, " ")))
        {
            var value = match.Value.Trim();
            var digits = value.Count(char.IsAsciiDigit);
            if (digits is >= 9 and <= 15 && CvDateText.FindPeriod(value) is null && ImportedContact.Phone(value, "", []) is { } phone)
            {
                return phone;
            }
        }
        return null;
    }

    /// <summary>A profile address broken after a hyphen ("linkedin.com/in/jane- doe") is joined again.</summary>
    public static string? LinkedIn(string text) => LinkedInUrl.Find(BrokenAddress().Replace(text, "$1"));

    public static List<ProfileLink> Links(string text)
    {
        var withoutEmails = EmailAddress().Replace(text, " ");
        return [.. WebAddress().Matches(withoutEmails)
            .Select(m => ImportedContact.Link(null, m.Value.TrimEnd('.', ',', ';', ')')))
            .OfType<ProfileLink>()
            .DistinctBy(l => ImportMatching.Link(l.Url))];
    }

    private static bool LooksLikeName(string text)
    {
        if (text.Length is < 4 or > 50 || text.Any(c => char.IsDigit(c) || c is '@' or '|' or ':' or ',' or '/' or '·' or '(' or '•'))
        {
            return false;
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5
            && words.All(w => char.IsUpper(w[0]) || NameParticles.Contains(w))
            && !words.Any(w => NotNames.Contains(w.ToLowerInvariant()))
            && CvHeadings.Read(text) is null;
    }

    [GeneratedRegex(@"^\s*(?:name|full name|nombre|nombre y apellidos|nom|nom et prénom|prénom et nom|vor- und nachname|nome|nome completo|imię i nazwisko)\s*[:|]\s*(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameLabel();

    [GeneratedRegex(@"(\S*/\S*-)\s+(?=\w)")]
    private static partial Regex BrokenAddress();

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"(?<![\w+])\+?\(?\d[\d \-./()]{6,}\d(?!\w)")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"(?<![\w@.])(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|dev|io|me|net|org|es|de|fr|pl|pt|br|uk|ie|eu|info|app|page|site|co|ch|at|it|nl|be|online|tech|design)(?:/[\w\-./~%#?=&]*)?(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}
