using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>A career plan as a PDF: summary, goal, each milestone with its actions and reason, then the risks.</summary>
public static class PlanPdfExport
{
    public static byte[] Write(CareerPlanContent plan, string title, PaperSize paper, string footer)
    {
        using var pdf = new PdfFlow(paper, title, footer);
        pdf.Title(title);
        if (plan.TargetRole is not null)
        {
            pdf.Subtitle($"Towards: {plan.TargetRole}");
        }
        pdf.Paragraph(plan.Summary);
        if (plan.BasedOnGoal is not null)
        {
            pdf.Meta($"Your goal: {plan.BasedOnGoal}");
        }

        pdf.Heading("Milestones");
        foreach (var milestone in plan.Milestones)
        {
            pdf.EntryTitle($"{milestone.Label} — {milestone.Title}");
            foreach (var action in milestone.Actions)
            {
                pdf.Bullet(action);
            }
            pdf.Meta($"Why: {milestone.Why}");
        }

        pdf.Heading("Risks to watch");
        foreach (var risk in plan.Risks)
        {
            pdf.EntryTitle(risk.Risk);
            pdf.Paragraph(risk.Mitigation);
        }
        return pdf.Finish();
    }
}
