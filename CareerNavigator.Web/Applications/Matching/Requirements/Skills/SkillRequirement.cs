using CareerNavigator.Web.Applications.Matching.Profile;

namespace CareerNavigator.Web.Applications.Matching.Requirements.Skills;

/// <summary>A skill: an ESCO skill or knowledge concept (<see cref="EscoUri"/>), or a tool ESCO does not name (null), with other names it goes by.</summary>
public sealed record SkillAsked(string Name, string? EscoUri, IReadOnlyList<string>? OtherNames = null);

/// <summary>A skill the advert asks for, or one of several ("Power BI or Tableau", "ticketing systems such as Zendesk").</summary>
/// <param name="Name">The skill in the advert's words ("Strong SQL skills" is "SQL"), which ESCO may name otherwise.</param>
public sealed record SkillRequirement(Importance Importance, AdvertQuote Quote, AdvertQuote Context, string Name, IReadOnlyList<SkillAsked> Alternatives)
    : AdvertRequirement(Importance, Quote, Context)
{
    private static readonly IReadOnlyList<RecordKind> AddAs = [RecordKind.ProfileSkill, RecordKind.Job, RecordKind.Course];

    public override RequirementKind Kind => RequirementKind.Skill;

    public override string Label => Name;

    public override string Identity => "skill:" + string.Join('|', Alternatives.Select(a => a.EscoUri ?? a.Name.ToLowerInvariant()).Order(StringComparer.Ordinal));

    public override RequirementOutcome MatchAgainst(ProfileFacts profile)
    {
        var evidence = Alternatives
            .SelectMany(a => (a.EscoUri is { } uri ? profile.SkillEvidence(uri) : [])
                .Concat(new[] { a.Name }.Concat(a.OtherNames ?? []).SelectMany(profile.Saying)))
            .DistinctBy(e => (e.Record, e.RecordId))
            .ToList();
        if (evidence.Count > 0)
        {
            return RequirementOutcome.Shown(this, evidence, AddAs);
        }
        return RequirementOutcome.Missing(this, $"None of your records shows {Label}.",
            ["If you have it, add it to your profile's skills, or name it in the job or course where you used it.",
             $"Otherwise, build it: a course or a small project that uses {Label}, then add it to your profile."],
            AddAs);
    }
}
