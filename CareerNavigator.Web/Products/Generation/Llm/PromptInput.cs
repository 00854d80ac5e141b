using CareerNavigator.Web.Occupations.Targets;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>
/// What a product prompt's user_data block holds: the user's rows as stored, and for each target occupation (from
/// ESCO) its essential skills the user shows, with the words of their records that show them, the ones missing in
/// priority order, and the related occupations with their overlap — so the model plans from the same gap report as the
/// built-in generator and its skill claims can be checked against the same evidence (<see cref="SkillClaims"/>).
/// </summary>
public static class PromptInput
{
    private const int MaxMissing = 20;

    public static object Of(GenerationInput input) => new
    {
        input.Group,
        input.Profile,
        input.Jobs,
        input.Courses,
        input.Education,
        ProfileSkills = input.Skills,
        TargetOccupations = input.Targets.Select(Of),
        // Null (and so left out of the JSON) for every product but those written for an application.
        Application = input.Application is { } application ? Of(application) : null,
    };

    private static object Of(ApplicationBrief application) => new
    {
        application.Employer,
        application.JobTitle,
        application.Location,
        application.ContactName,
        RequirementsMet = application.Requirements.Where(r => r.Met).Select(r => new
        {
            r.Label,
            r.Required,
            Evidence = r.Evidence.Select(e => $"{e.RecordName}: {e.Shows}"),
        }),
        RequirementsMissing = application.Requirements.Where(r => !r.Met).Select(r => new { r.Label, r.Required }),
    };

    private static object Of(CareerTarget target) => new
    {
        target.Occupation.Title,
        target.Occupation.Uri,
        target.Occupation.IscoGroup,
        RegulatedProfession = target.Occupation.Regulated,
        ChosenBy = target.FromGoalText is { } clause ? $"named in the user's goals: {clause}" : "the user chose it as their goal occupation",
        EssentialSkillsShown = target.Gaps.Shown.Where(s => s.Essential).Select(s => new
        {
            Skill = s.Label,
            Evidence = s.Confirmed == true ? ["confirmed by the user"] : s.Evidence.Select(e => $"{e.Source}: {string.Join(' ', e.Words)}").ToArray(),
        }),
        EssentialSkillsMissing = target.Gaps.Missing.Where(s => s.Essential).Take(MaxMissing).Select(s => s.Label),
        RelatedOccupations = target.RelatedFits.Select(f => new
        {
            f.Occupation.Title,
            SharedEssentialSkillsPercent = f.Occupation.OverlapPercent,
            EssentialSkillsMissing = f.EssentialMissing.Take(MaxMissing),
        }),
    };
}
