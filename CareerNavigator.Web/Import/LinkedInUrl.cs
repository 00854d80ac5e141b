using System.Text.RegularExpressions;

namespace CareerNavigator.Web.Import;

internal static partial class LinkedInUrl
{
    /// <summary>The first LinkedIn profile address in the text, as an https URL, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || ProfileAddress().Match(text) is not { Success: true } match)
        {
            return null;
        }
        return "https://" + match.Groups["address"].Value.TrimEnd('/');
    }

    [GeneratedRegex(@"(?:https?://)?(?<address>(?:[a-z]{2,3}\.)?linkedin\.com/in/[\p{L}\p{N}\-_%.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileAddress();
}
