using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.PossibleCompanies;

namespace CareerNavigator.Web.Products.Types.PossibleCompanies;

/// <summary>Kinds of employer — never names — from the sectors the user's goals mention and the target occupation's ISCO group (<see cref="EmployerKinds"/>).</summary>
internal static class CompanyKindSuggester
{
    private const int MaxKinds = 6;

    public static PossibleCompaniesContent Build(ProfileFacts facts)
    {
        var words = new PlanWords(facts);
        var fromGoals = facts.Sectors.Select(s => (Sector: s, Why: $"Your goals mention {MentionedWord(facts, s)}."));
        var fromRoles = facts.Roles.SelectMany(r => r.Sectors.Select(sector => (Sector: sector, Why: WhyForGroup(r))));
        var chosen = fromGoals.Concat(fromRoles).DistinctBy(c => c.Sector.Key).Take(MaxKinds).ToList();
        if (chosen.Count == 0)
        {
            var why = "Your goals do not point to a particular sector yet; these employers hire people at many stages.";
            chosen = [(SectorCatalog.ByKey("trainee"), why), (SectorCatalog.ByKey("local"), why)];
        }

        var locations = facts.Destinations.Count > 0 ? facts.Destinations.Select(d => d.Text).ToList()
            : facts.Home is { } home ? [home.Text] : [];
        return new PossibleCompaniesContent
        {
            Summary = $"Kinds of employer where {words.Field} work is found, and how to find them{(facts.Destinations.Count > 0 || facts.Home is not null ? $" in {words.Places}" : "")}. No company is named: check each employer you find yourself.",
            CompanyKinds = [.. chosen.Select(c => new CompanyKind
            {
                Kind = c.Sector.Kind,
                WhyItFits = c.Why,
                RolesThere = RolesAt(facts, words, c.Sector),
                HowToFind = c.Sector.HowToFind,
                Locations = locations,
            })],
        };
    }

    private static IReadOnlyList<string> RolesAt(ProfileFacts facts, PlanWords words, Sector sector)
    {
        var roles = facts.Roles.Where(r => r.Sectors.Any(s => s.Key == sector.Key)).DefaultIfEmpty(facts.Role).OfType<TargetRole>();
        var continuing = facts.Group == UserGroup.ExperiencedContinuing;
        return [.. roles.Select(r => continuing ? r.NextTitles.FirstOrDefault() : r.EntryTitles.FirstOrDefault() ?? r.NextTitles.FirstOrDefault())
            .OfType<string>()
            .DefaultIfEmpty(words.Title ?? facts.CurrentJob?.Position)
            .OfType<string>()
            .Distinct()];
    }

    private static string WhyForGroup(TargetRole role)
    {
        var occupation = role.Source.Occupation;
        var group = occupation.IscoGroupLabel is { } label ? $"{occupation.IscoGroup}, {TextFit.LowerFirst(label)}" : occupation.IscoGroup;
        return $"{role.Name} is in ISCO group {group} (ESCO); these employers hire that group.";
    }

    private static string MentionedWord(ProfileFacts facts, Sector sector)
    {
        var word = sector.GoalWords.Where(w => SkillEvidence.Mentions(facts.Goals, w)).OrderBy(w => facts.Goals.IndexOf(w, StringComparison.OrdinalIgnoreCase)).First();
        return $"“{word}”";
    }
}
