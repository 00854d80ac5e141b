using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Types.CareerPlans;

internal static class CareerPlanRules
{
    /// <summary>Milestones per plan: quarterly for one year, yearly for three and five.</summary>
    public static int MilestoneCount(int horizonYears) => horizonYears == 1 ? 4 : horizonYears;

    public static void Check(CareerPlanContent plan, int expectedYears, ContentProblems problems)
    {
        if (plan.HorizonYears != expectedYears)
        {
            problems.Add($"The plan covers {plan.HorizonYears} years but a {expectedYears}-year plan was asked for.");
        }

        problems.RequireText(plan.Summary, "The plan summary");
        var expectedMilestones = MilestoneCount(expectedYears);
        if (plan.Milestones.Count != expectedMilestones)
        {
            var unit = expectedYears == 1 ? "one per quarter" : "one per year";
            problems.Add($"A {expectedYears}-year plan needs {expectedMilestones} milestones ({unit}); it has {plan.Milestones.Count}.");
        }

        for (var i = 0; i < plan.Milestones.Count; i++)
        {
            var milestone = plan.Milestones[i];
            var what = $"Milestone {i + 1}";
            if (milestone.Period != i + 1)
            {
                problems.Add($"{what} is numbered {milestone.Period}; milestones must be numbered 1, 2, 3… in order.");
            }
            problems.RequireText(milestone.Label, $"{what}: the label");
            problems.RequireText(milestone.Title, $"{what}: the title");
            problems.RequireText(milestone.Why, $"{what}: the reason");
            problems.RequireItems(milestone.Actions, $"{what}: actions");
            problems.RequireTextItems(milestone.Actions, $"{what}: the actions");
        }

        problems.RequireItems(plan.Risks, "Risks");
        foreach (var risk in plan.Risks)
        {
            problems.RequireText(risk.Risk, "A risk");
            problems.RequireText(risk.Mitigation, $"The mitigation of \"{risk.Risk}\"");
        }
    }
}
