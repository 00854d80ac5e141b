namespace CareerNavigator.Web.Applications.Matching;

/// <summary>The kinds of profile record that can show a requirement.</summary>
public enum RecordKind
{
    Job,
    Course,
    Education,
    Language,
    /// <summary>A skill of the profile as a whole (<c>user_skills</c>).</summary>
    ProfileSkill,
    /// <summary>An ESCO skill the user said they have on an occupation's page.</summary>
    SkillAnswer,
}

/// <summary>
/// A record of the profile that shows a requirement: which one, and what in it: its words (<see cref="Quoted"/>), or what
/// was read from it ("Sep 2016 – Aug 2018, 2 years", a language's level).
/// </summary>
public sealed record MatchEvidence(RecordKind Record, int? RecordId, string RecordName, string Shows, bool Quoted = true);

/// <summary>
/// One requirement against the profile: met, with every record that shows it; or missing, with what the profile has
/// instead (<see cref="Shortfall"/>), what to do about it (<see cref="Advice"/>), and where the user can add it if
/// they have it after all (<see cref="AddAs"/>, the first being the likeliest).
/// </summary>
public sealed record RequirementOutcome(
    AdvertRequirement Requirement,
    bool Met,
    IReadOnlyList<MatchEvidence> Evidence,
    string? Shortfall,
    IReadOnlyList<string> Advice,
    IReadOnlyList<RecordKind> AddAs)
{
    public static RequirementOutcome Shown(AdvertRequirement requirement, IReadOnlyList<MatchEvidence> evidence, IReadOnlyList<RecordKind> addAs) =>
        new(requirement, true, evidence, null, [], addAs);

    public static RequirementOutcome Missing(
        AdvertRequirement requirement, string? shortfall, IReadOnlyList<string> advice, IReadOnlyList<RecordKind> addAs) =>
        new(requirement, false, [], shortfall, advice, addAs);
}
