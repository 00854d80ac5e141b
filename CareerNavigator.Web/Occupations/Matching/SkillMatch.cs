namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>An ESCO skill or knowledge concept detected in a person's records, with every place it was seen.</summary>
public sealed record SkillMatch(string Uri, string Label, string SkillType, IReadOnlyList<SkillEvidence> Evidence);

/// <summary>Where a skill was seen: the record (<see cref="Source"/>, e.g. "Job 2: description"), the ESCO label that matched and the words of the record, as written.</summary>
public sealed record SkillEvidence(string Source, string MatchedLabel, IReadOnlyList<string> Words);
