using System.Text.RegularExpressions;
using CareerNavigator.Web.Applications.Matching.Reading;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Skills;

/// <summary>
/// Software, platforms and abbreviations adverts ask for that ESCO 1.1.1 has no label for (it knows "SQL", "Python",
/// "Microsoft Office Excel", "Adobe Photoshop", but not "Power BI", "Docker" or "SEO"). Each is a skill of its own,
/// met by a record that names it. Names that are also everyday words ("Go", "Spark", "Opera", "Epic") are left out.
/// </summary>
internal static class NamedTools
{
    private static readonly string[][] Entries =
    [
        ["Power BI", "PowerBI"], ["Tableau"], ["Looker"], ["Qlik"], ["Alteryx"], ["QuickBooks"], ["Xero"], ["FreeAgent"],
        ["Sage 50", "Sage"], ["NetSuite"], ["Microsoft Dynamics", "Dynamics 365"], ["Workday"], ["Google Analytics", "GA4"],
        ["Google Ads", "Google AdWords"], ["Google Tag Manager"], ["Meta Ads", "Facebook Ads"], ["HubSpot"], ["Salesforce"],
        ["Zendesk"], ["Freshdesk"], ["ServiceNow"], ["Intercom"], ["Mailchimp"], ["Klaviyo"], ["Shopify"], ["Magento"],
        ["Canva"], ["Figma"], ["Jira"], ["Notion"], ["Airtable"], ["Slack"], ["SharePoint"], ["Power Automate"],
        ["Docker"], ["Kubernetes", "K8s"], ["Terraform"], ["AWS", "Amazon Web Services"], ["Google Cloud", "GCP"], ["Azure"],
        ["GitHub"], ["GitLab"], ["Bitbucket"], ["React", "React.js"], ["Vue.js", "Vue"], ["Node.js"], ["Next.js"],
        ["Django"], ["Flask"], ["Spring Boot"], [".NET"], ["Kotlin"], ["GraphQL"], ["MongoDB"], ["Redis"], ["Kafka"],
        ["Snowflake"], ["Databricks"], ["dbt"], ["Airflow"], ["pandas"], ["PyTorch"], ["scikit-learn"], ["SPSS"], ["Stata"],
        ["NVivo"], ["Revit"], ["SolidWorks"], ["SystmOne"], ["EMIS Web", "EMIS"],
        ["SEO", "search engine optimisation", "search engine optimization"], ["PPC", "pay-per-click"],
        ["CRM", "customer relationship management"],
    ];

    /// <summary>A tool named in <paramref name="text"/>: where, and its names (the first is the one shown).</summary>
    public readonly record struct Mention(int Start, int End, IReadOnlyList<string> Names);

    private static readonly Dictionary<string, string[]> EntryOf = Entries.SelectMany(names => names.Select(name => (name, names)))
        .ToDictionary(e => e.name, e => e.names, StringComparer.Ordinal);

    private static readonly Regex AnyName = new(
        $@"(?<![\p{{L}}\p{{N}}.])(?:{WholeWords.Alternation(EntryOf.Keys)})(?![\p{{L}}\p{{N}}]|\.[\p{{L}}])", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static IEnumerable<Mention> In(string text) =>
        AnyName.Matches(text).Select(m => new Mention(m.Index, m.Index + m.Length, EntryOf[m.Value]));
}
