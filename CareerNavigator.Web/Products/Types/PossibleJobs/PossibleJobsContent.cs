namespace CareerNavigator.Web.Products.Types.PossibleJobs;

/// <summary>Content of <c>possible_jobs</c>: roles that fit the user's experience, skills and goals, with the reasons.</summary>
public sealed record PossibleJobsContent
{
    public required string Summary { get; init; }
    public required IReadOnlyList<PossibleJob> Jobs { get; init; }
}

public sealed record PossibleJob
{
    public required string Title { get; init; }
    public required JobLevel Level { get; init; }
    public required string WhyItFits { get; init; }
    public required IReadOnlyList<string> SkillsYouHave { get; init; }
    public required IReadOnlyList<string> SkillsToBuild { get; init; }
}

public enum JobLevel
{
    Entry,
    Mid,
    Senior,
    Lead,
}
