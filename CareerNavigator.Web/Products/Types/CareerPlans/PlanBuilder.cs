using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Types.CareerPlans;

/// <summary>Career plans: milestones from the group's path, worded with the user's goals, gaps and places, plus the risks to watch.</summary>
internal static class PlanBuilder
{
    public static CareerPlanContent Build(ProfileFacts facts, int years)
    {
        var words = new PlanWords(facts);
        var goal = GoalFor(facts.Profile, years);
        return new CareerPlanContent
        {
            HorizonYears = years,
            Summary = Summary(words, years),
            BasedOnGoal = goal?.Trim(),
            TargetRole = facts.Group == UserGroup.InexperiencedNoGoal ? null : facts.Role?.Name,
            Milestones = WithGaps(words, years == 1 ? QuarterlyMilestones.For(words, goal) : YearlyMilestones.For(words, years, goal), quarterly: years == 1),
            Risks = Risks(words),
        };
    }

    /// <summary>The user's goal a plan of this length answers: short-term for one year, career for three, long-term for five.</summary>
    public static string? GoalFor(UserProfile profile, int years)
    {
        string?[] order = years switch
        {
            1 => [profile.ShortTermGoals, profile.CareerGoals, profile.LongTermGoals],
            3 => [profile.CareerGoals, profile.LongTermGoals, profile.ShortTermGoals],
            _ => [profile.LongTermGoals, profile.CareerGoals, profile.ShortTermGoals],
        };
        return order.FirstOrDefault(g => !string.IsNullOrWhiteSpace(g));
    }

    private static string Summary(PlanWords w, int years)
    {
        var span = years == 1 ? "A one-year plan in four quarters" : $"A {(years == 3 ? "three" : "five")}-year plan, one milestone a year,";
        var purpose = w.Facts.Group switch
        {
            UserGroup.ExperiencedContinuing => $"to grow from {Headlines.Identity(w.Facts)} towards {w.TitleOr}",
            UserGroup.ExperiencedChanging => $"to move from {Headlines.Identity(w.Facts)} into {w.Field}",
            UserGroup.InexperiencedWithGoal => $"to qualify and start in {w.Field}",
            _ => $"to explore {w.Options} and choose a direction",
        };
        var places = w.Facts.Destinations.Count > 0 ? $" It keeps {w.Places} in view." : "";
        return $"{span} {purpose}.{Evidence(w, years)}{places}";
    }

    /// <summary>What the user already shows of the target occupation's essential skills, and where their records show it.</summary>
    private static string Evidence(PlanWords w, int years)
    {
        if (w.Facts.Group == UserGroup.InexperiencedNoGoal || w.Facts.Role is not { } role)
        {
            return "";
        }
        var shown = w.Facts.Strengths;
        var quoted = shown.Where(s => s.EvidenceWords.Count > 0).Take(2)
            .Select(s => $"{TextFit.LowerFirst(s.Name)} (“{string.Join(' ', s.EvidenceWords.Take(4))}”)").ToList();
        var shows = shown.Count == 0
            ? $" Your records do not show any of the {role.Skills.Length} essential skills ESCO lists for {TextFit.LowerFirst(role.Name)} yet."
            : $" You already show {shown.Count} of the {role.Skills.Length} essential skills ESCO lists for {TextFit.LowerFirst(role.Name)}{(quoted.Count > 0 ? $", such as {TextFit.JoinAnd(quoted)}" : "")}.";
        var pace = years == 1 ? $"{PlanWords.GapsPerQuarter} a quarter" : $"{PlanWords.GapsPerYear} a year";
        var gaps = w.Gaps() is { } g ? $" It works through the missing ones in order of priority, at most {pace}: {g}." : "";
        return shows + gaps;
    }

    /// <summary>Each period starts with the missing essential skills it works on, at most the stated number per period, in priority order.</summary>
    private static IReadOnlyList<PlanMilestone> WithGaps(PlanWords w, IReadOnlyList<PlanMilestone> milestones, bool quarterly)
    {
        if (w.Facts.Group == UserGroup.InexperiencedNoGoal || w.Facts.Role is not { } role)
        {
            return milestones;
        }
        return [.. milestones.Select(m => w.GapsIn(m.Period, quarterly) is { Count: > 0 } gaps
            ? m with { Actions = [$"Build {(gaps.Count == 1 ? "the skill" : "the skills")} {TextFit.JoinAnd(gaps.Select(g => $"“{g.Name}”"))}: essential for {TextFit.LowerFirst(role.Name)} in ESCO, and not shown in your records yet", .. m.Actions] }
            : m)];
    }

    private static IReadOnlyList<PlanRisk> Risks(PlanWords w)
    {
        var facts = w.Facts;
        var risks = new List<PlanRisk>();
        if (w.Gaps() is { } gaps)
        {
            risks.Add(Risk($"The gaps ({gaps}) take longer to close than planned", "Take one course at a time and finish it before starting the next."));
        }
        switch (facts.Group)
        {
            case UserGroup.ExperiencedContinuing:
                risks.Add(Risk("Promotion depends on your organisation's needs, not only on your work", $"Keep outside options open: look at {w.TitleRoles} in {w.Places} every quarter."));
                break;
            case UserGroup.ExperiencedChanging:
                risks.Add(Risk("A first role in a new field may pay less than your current one", w.Employer is { } employer
                    ? $"Look for {w.Field} work inside {employer}, or a hybrid role that values your previous field."
                    : "Look for hybrid roles that value your previous field."));
                break;
            case UserGroup.InexperiencedWithGoal when w.Prerequisite is { } exam:
                risks.Add(Risk($"Not passing {exam} on the first attempt", "Book a review course early and plan a retake date, so a setback costs months, not years."));
                break;
            case UserGroup.InexperiencedNoGoal:
                risks.Add(Risk("Trying too many things at once and finishing none", "Limit yourself to two or three options and review them at the end of each quarter."));
                break;
        }
        if (w.Abroad is { } abroad)
        {
            risks.Add(Risk($"Work permits and recognition of your qualifications for {abroad} take longer than expected", "Start the paperwork early and keep applying closer to home meanwhile."));
        }
        if (risks.Count == 0)
        {
            risks.Add(Risk("Everyday life crowds out the plan", "Review the plan every quarter and move dates rather than dropping steps."));
        }
        return risks;
    }

    private static PlanRisk Risk(string risk, string mitigation) => new() { Risk = risk, Mitigation = mitigation };
}
