namespace CareerNavigator.Web.Products.Types.CareerPlans;

/// <summary>
/// Content of <c>career_plan_1y</c>, <c>career_plan_3y</c> and <c>career_plan_5y</c>: a timeline of
/// milestones (four quarters for one year, one per year for three and five years) and the risks to watch.
/// </summary>
public sealed record CareerPlanContent
{
    public required int HorizonYears { get; init; }
    public required string Summary { get; init; }

    /// <summary>The user's own goal text the plan works towards; null when they have not written one.</summary>
    public required string? BasedOnGoal { get; init; }

    /// <summary>The role the plan aims at, when one could be read from the goals.</summary>
    public required string? TargetRole { get; init; }

    public required IReadOnlyList<PlanMilestone> Milestones { get; init; }
    public required IReadOnlyList<PlanRisk> Risks { get; init; }
}

public sealed record PlanMilestone
{
    /// <summary>1-based quarter (1-year plan) or year (3- and 5-year plans).</summary>
    public required int Period { get; init; }

    /// <summary>"Q1".."Q4" or "Year 1".."Year 5".</summary>
    public required string Label { get; init; }

    public required string Title { get; init; }
    public required IReadOnlyList<string> Actions { get; init; }
    public required string Why { get; init; }
}

public sealed record PlanRisk
{
    public required string Risk { get; init; }
    public required string Mitigation { get; init; }
}
