using System.Globalization;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Web.Products.Versions.Sent;

/// <summary>
/// The application a version was first sent with (when it was frozen into it) and how many others it went with since. A
/// sent version is kept exactly as sent: it can be read, downloaded, compared, activated and renamed (a name is the
/// user's own label, not part of what was sent), but not edited, deleted or given another design.
/// </summary>
public sealed record VersionSending(int ApplicationId, string Role, string Company, DateTime SentAt, int OtherApplications)
{
    /// <summary>"Sent with Data Analyst at Northwind", plus how many other applications, for the versions list.</summary>
    public string Summary => $"Sent with {Role} at {Company}" + OtherApplications switch
    {
        0 => "",
        1 => " and 1 other application",
        var n => $" and {n} other applications",
    };

    public string DeleteRefusal(ProductType type, int version) => $"{Sentence(type, version)}, so it is kept exactly as sent and can't be deleted.";

    public string EditRefusal(ProductType type, int version) =>
        $"{Sentence(type, version)}, so it is kept exactly as sent and can't be edited. To change it, edit another version, or make a new one.";

    public string DesignRefusal(ProductType type, int version) =>
        $"{Sentence(type, version)}, so it is kept exactly as sent and its design can't be changed.";

    private string Sentence(ProductType type, int version) =>
        $"Version {version} of your {Document(type)} was sent with your application for {Role} at {Company} on {Day(SentAt)}";

    /// <summary>The day a version was frozen, as messages and the application page name it: "8 Dec 2026" (UTC).</summary>
    public static string Day(DateTime utc) => utc.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"CV" stays as written; other titles read as ordinary words inside a sentence ("cover letter").</summary>
    private static string Document(ProductType type)
    {
        var title = ProductCatalog.Default.For(type).Title;
        return title.Length > 1 && char.IsUpper(title[0]) && char.IsLower(title[1]) ? char.ToLowerInvariant(title[0]) + title[1..] : title;
    }
}
