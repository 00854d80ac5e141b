using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Contact details as exports write them, checked with the profile form's rules: a value the form would refuse is
/// left out (with a warning) rather than stored, so an import never saves what the user could not have typed.
/// </summary>
internal static partial class ImportedContact
{
    public static string? Phone(string? text, string where, List<string> warnings)
    {
        var phone = TextNormalizer.Line(text);
        if (phone is null || FormRules.IsPhoneNumber(phone) && phone.Length <= ProfileLimits.Phone)
        {
            return phone;
        }
        warnings.Add($"{where}: \"{phone}\" isn't a phone number we can store and was left out.");
        return null;
    }

    public static string? Email(string? text, string where, List<string> warnings)
    {
        var email = TextNormalizer.Line(text);
        if (email is null || FormRules.IsEmailAddress(email) && email.Length <= ProfileLimits.Email)
        {
            return email;
        }
        warnings.Add($"{where}: \"{email}\" isn't an email address and was left out.");
        return null;
    }

    /// <summary>
    /// A public page with a name for it: the given label, else one read from the address (GitHub, GitLab…), else
    /// "Website". LinkedIn profiles are not links (they have their own field); addresses that are not http(s) are dropped.
    /// </summary>
    public static ProfileLink? Link(string? label, string? url)
    {
        var address = TextNormalizer.Line(url);
        if (address is null || LinkedInUrl.Find(address) is not null)
        {
            return null;
        }
        if (!address.Contains("://", StringComparison.Ordinal) && address.Contains('.'))
        {
            address = "https://" + address;
        }
        if (address.Length > ProfileLimits.LinkUrl || !FormRules.IsWebAddress(address))
        {
            return null;
        }
        var name = TextNormalizer.Line(label) ?? KnownSite(address) ?? "Website";
        return new ProfileLink(name.Length > ProfileLimits.LinkLabel ? name[..ProfileLimits.LinkLabel].TrimEnd() : name, address);
    }

    /// <summary>LinkedIn's "Websites" cell: <c>[PORTFOLIO:https://jane.dev],[OTHER:github.com/jane]</c>, or bare addresses.</summary>
    public static IReadOnlyList<ProfileLink> LinkedInWebsites(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }
        var entries = TypedWebsite().Matches(cell);
        var found = entries.Count > 0
            ? entries.Select(m => Link(KnownSite(m.Groups["url"].Value) ?? WebsiteKind(m.Groups["kind"].Value), m.Groups["url"].Value))
            : cell.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries).Select(url => Link(null, url));
        return [.. found.OfType<ProfileLink>().DistinctBy(l => ImportMatching.Link(l.Url))];
    }

    private static string WebsiteKind(string kind) => kind.Trim().ToUpperInvariant() switch
    {
        "PORTFOLIO" => "Portfolio",
        "BLOG" => "Blog",
        "COMPANY" => "Company",
        "RSS" => "RSS",
        _ => "Website",
    };

    private static string? KnownSite(string url) =>
        Uri.TryCreate(url.Contains("://", StringComparison.Ordinal) ? url : "https://" + url, UriKind.Absolute, out var uri)
            ? uri.Host.ToLowerInvariant().Replace("www.", "", StringComparison.Ordinal) switch
            {
                "github.com" => "GitHub",
                "gitlab.com" => "GitLab",
                "stackoverflow.com" => "Stack Overflow",
                "behance.net" => "Behance",
                "dribbble.com" => "Dribbble",
                "x.com" or "twitter.com" => "X",
                "medium.com" => "Medium",
                _ => null,
            }
            : null;

    [GeneratedRegex(@"\[(?<kind>[A-Za-z _]+):(?<url>[^\]]+)\]")]
    private static partial Regex TypedWebsite();
}
