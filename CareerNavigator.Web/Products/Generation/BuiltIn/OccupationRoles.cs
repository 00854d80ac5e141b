using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Occupations.Gaps;
using CareerNavigator.Web.Occupations.Targets;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>A user's <see cref="CareerTarget"/> as the <see cref="TargetRole"/> the built-in generator writes with.</summary>
internal static class OccupationRoles
{
    public static TargetRole From(CareerTarget target)
    {
        var occupation = target.Occupation;
        var licence = LicensedProfessions.Licence(occupation.IscoGroup);
        var regulatedBy = occupation.Regulated ? LicensedProfessions.EscoSource : licence is not null ? LicensedProfessions.TableSource : null;
        var prerequisite = regulatedBy is null ? null : new TypicalSkill(
            CapitalFirst(licence ?? "registration with the profession's national regulator"), Uri: null, Essential: true, Shown: false, EvidenceWords: [],
            $"Preparation for {licence ?? "registration with the profession's national regulator"}", "exam review course",
            ["the regulator's own guidance and sample papers", "review centres and schools accredited by the regulator"], CourseLevel.Intermediate);

        var gaps = target.Gaps;
        // Shown skills first, then the missing ones in the gap report's priority order.
        var skills = gaps.Shown.Concat(gaps.Missing).Where(s => s.Essential).Select(s => Skill(s, occupation.IscoGroup)).ToArray();
        return new TargetRole(
            CareerSteps.Title(occupation.Title),
            $"{occupation.Title} work",
            skills,
            CareerSteps.Entry(occupation, gaps.Related),
            CareerSteps.Next(occupation, gaps.Related),
            prerequisite,
            regulatedBy,
            [.. EmployerKinds.For(occupation.IscoGroup)],
            target);
    }

    private static TypicalSkill Skill(GapSkill gap, string iscoGroup)
    {
        var (kind, providers, level, worth) = CourseKinds.For(new SkillRef(gap.Id, gap.Uri, gap.Label, gap.Essential, gap.IsKnowledge, gap.ReuseLevel), iscoGroup);
        var shown = gap.Confirmed == true || (gap.Confirmed is null && gap.Evidence.Count > 0);
        return new TypicalSkill(gap.Label, gap.Uri, gap.Essential, shown, [.. gap.Evidence.SelectMany(e => e.Words).Distinct()],
            CapitalFirst(gap.Label), kind, providers, level, worth);
    }

    private static string CapitalFirst(string text) => CareerSteps.Title(text);
}
