using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Types.CareerPlans;

/// <summary>
/// A career plan the form editor changes in place. Milestones keep their slots (Q1..Q4, Year 1..5): moving one
/// moves its title, actions and reason to the other slot.
/// </summary>
public sealed class PlanDraft(CareerPlanContent plan)
{
    public string Summary { get; set; } = plan.Summary;
    public List<MilestoneDraft> Milestones { get; } = [.. plan.Milestones.Select(m => new MilestoneDraft(m))];
    public List<RiskDraft> Risks { get; } = [.. plan.Risks.Select(r => new RiskDraft { Risk = r.Risk, Mitigation = r.Mitigation })];

    public string LabelAt(int index) => plan.Milestones[Math.Min(index, plan.Milestones.Count - 1)].Label;

    public CareerPlanContent ToContent() => plan with
    {
        Summary = Summary.Trim(),
        Milestones = [.. Milestones.Select((m, i) => new PlanMilestone
        {
            Period = i + 1, Label = plan.Milestones[i].Label, Title = m.Title.Trim(), Actions = [.. m.Actions.Select(a => a.Trim())], Why = m.Why.Trim(),
        })],
        Risks = [.. Risks.Select(r => new PlanRisk { Risk = r.Risk.Trim(), Mitigation = r.Mitigation.Trim() })],
    };
}

public sealed class MilestoneDraft(PlanMilestone original)
{
    public string Title { get; set; } = original.Title;
    public string Why { get; set; } = original.Why;
    public List<string> Actions { get; } = [.. original.Actions];
}

public sealed class RiskDraft
{
    public string Risk { get; set; } = "";
    public string Mitigation { get; set; } = "";
}
