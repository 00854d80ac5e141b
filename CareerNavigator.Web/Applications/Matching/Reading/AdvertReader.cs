using System.Text.RegularExpressions;
using CareerNavigator.Web.Applications.Matching.Requirements.Education;
using CareerNavigator.Web.Applications.Matching.Requirements.Experience;
using CareerNavigator.Web.Applications.Matching.Requirements.Languages;
using CareerNavigator.Web.Applications.Matching.Requirements.Licences;
using CareerNavigator.Web.Applications.Matching.Requirements.Skills;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Applications.Matching.Reading;

/// <summary>
/// The built-in reading of an advert, without a model: its layout (<see cref="AdvertLayout"/>) says which clauses ask
/// something and how much; languages, experience, education and licences are read first and keep their words, then
/// ESCO skills and named tools in the rest. A requirement said twice is kept once, required if either says so.
/// </summary>
public static partial class AdvertReader
{
    /// <summary>How closely the title must name an ESCO occupation to be read as the advert's role.</summary>
    private const double MinRoleScore = 0.6;

    public static AdvertReading Read(string advert, OccupationIndex index)
    {
        var layout = AdvertLayout.Of(advert);
        var role = RoleOf(layout.Title, index);
        var context = new ReadingContext(layout, index, role);
        var requirements = new List<AdvertRequirement>();
        requirements.AddRange(LanguageFinder.Find(context));
        requirements.AddRange(ExperienceFinder.Find(context));
        requirements.AddRange(EducationFinder.Find(context));
        requirements.AddRange(LicenceFinder.Find(context));
        requirements.AddRange(SkillFinder.Find(context));
        return new AdvertReading(Distinct(requirements), role, AdvertReading.BuiltIn);
    }

    /// <summary>Requirements in the advert's order, each identity once: required wins over preferred, the first words are kept.</summary>
    public static IReadOnlyList<AdvertRequirement> Distinct(IEnumerable<AdvertRequirement> requirements) =>
        [.. requirements
            .GroupBy(r => r.Identity, StringComparer.Ordinal)
            .Select(same => same.FirstOrDefault(r => r.Importance == Importance.Required) ?? same.First())
            .OrderBy(r => r.Quote.Start)];

    internal static OccupationMatch? RoleOf(string? title, OccupationIndex index)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        var role = TitleQualifier().Replace(title, "").Trim();
        return index.Search(role + " ", 1).FirstOrDefault(o => o.Score >= MinRoleScore);
    }

    /// <summary>What follows the role in a title: " – Retail Insights", " (Band 5)", " - Nights".</summary>
    [GeneratedRegex(@"\s+[–—-]\s+.*$|\s*\(.*$|\s*[|,].*$")]
    private static partial Regex TitleQualifier();
}
