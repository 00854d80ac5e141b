using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using static CareerNavigator.Web.Products.Generation.BuiltIn.PlanWords;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// The yearly milestones of the 3- and 5-year plans. Each group has one five-year path; the 3-year plan
/// is its first three years, and the last milestone of either plan quotes the goal it leads to.
/// </summary>
internal static class YearlyMilestones
{
    public static IReadOnlyList<PlanMilestone> For(PlanWords w, int years, string? goal)
    {
        var path = w.Facts.Group switch
        {
            UserGroup.ExperiencedContinuing => Growth(w),
            UserGroup.ExperiencedChanging => Change(w),
            UserGroup.InexperiencedWithGoal => Entry(w),
            _ => Exploration(w),
        };
        var milestones = path.Take(years).ToList();
        var last = milestones[^1];
        milestones[^1] = last with { Why = (Quote(goal) + last.Why).Trim() };
        return milestones;
    }

    private static IReadOnlyList<PlanMilestone> Growth(PlanWords w) =>
    [
        Milestone(1, "Year 1", "Step up where you are",
            "The next title is earned by doing its work first.",
            "Own one piece of work that reaches beyond your team and write down its outcomes",
            w.Gaps() is null ? "Deepen one skill that your next role relies on" : null,
            "Mentor at least one colleague"),
        Milestone(2, "Year 2", $"Reach {w.TitleOr}",
            "A year of visible, documented impact is what a promotion case or a new employer asks for.",
            Then(w.Employer, employer => $"Make the promotion case at {employer}, or move to {w.TitleRoles} in {w.Places}") ?? $"Move into {w.TitleRoles} in {w.Places}",
            "Take ownership of an area beyond your own team"),
        Milestone(3, "Year 3", "Broaden your influence",
            "Influence across teams is what the most senior roles in any field have in common.",
            "Lead work that spans several teams",
            "Share your expertise outside your organisation: talks, writing or teaching",
            w.Facts.Roles.Count > 1 ? $"Try {w.Facts.Roles[1].Field} for a few months to test that track" : null),
        Milestone(4, "Year 4", "Choose your track",
            "Careers at this level fork; choosing deliberately keeps you in work you enjoy.",
            w.Facts.Roles.Count > 1
                ? $"Decide between {w.Facts.Roles[0].Field} and {w.Facts.Roles[1].Field}"
                : "Decide where you want to specialise",
            "Find a sponsor who will argue for your next step",
            Then(w.GrowthTitle, growth => $"Aim for {growth}")),
        Milestone(5, "Year 5", "Arrive at your long-term goal",
            "By now the work you chose in earlier years should add up to the role you described.",
            "Set direction for several teams or a whole area",
            "Coach others along the path you took"),
    ];

    private static IReadOnlyList<PlanMilestone> Change(PlanWords w) =>
    [
        Milestone(1, "Year 1", $"Make the switch to {w.TitleOr}",
            "The first year of a change is about proof: courses, projects and the first role.",
            w.Gaps() is null ? $"Learn the core skills of {w.Field}" : null,
            "Build a portfolio of two or three projects",
            $"Land your first role in {w.Field}"),
        Milestone(2, "Year 2", $"Establish yourself in {w.Field}",
            "A year of delivered work makes the change permanent on your CV.",
            "Deliver work you can point to, with numbers",
            "Find a mentor who has worked in the field for years",
            Then(w.Sectors, sectors => $"Get to know {sectors} well")),
        Milestone(3, "Year 3", Then(w.GrowthTitle, growth => $"Grow to {growth}") ?? "Grow to mid-level",
            "Experience from your previous field plus two years in the new one is a rare combination.",
            "Take ownership of an area of work",
            "Use what you know from your previous field as your specialism"),
        Milestone(4, "Year 4", "Specialise",
            "Specialists are sought out; generalists compete on price.",
            Then(w.Sectors, sectors => $"Go deep in {sectors}") ?? $"Choose a specialism within {w.Field}",
            "Start mentoring people who are making the same change"),
        Milestone(5, "Year 5", "Lead in your new field",
            "Five years in, you can shape how others work.",
            $"Move into a senior or lead role in {w.Field}",
            "Share your change story: it helps others and builds your name"),
    ];

    private static IReadOnlyList<PlanMilestone> Entry(PlanWords w) =>
    [
        Milestone(1, "Year 1", Then(w.Title, title => $"Qualify and start as {title}") ?? "Qualify and start your first role",
            "Qualification and a first role are the base everything else builds on.",
            Then(w.Prerequisite, exam => $"Pass {exam}") ?? $"Complete the qualification {w.Field} asks for",
            $"Apply for {w.TitleRoles} in {w.NearPlaces}"),
        Milestone(2, "Year 2", "Build solid experience",
            "Most employers, and most moves abroad, ask for one to two years of experience.",
            "Take on a wider range of situations and keep a log of them",
            w.Gaps() is null ? "Add one certification that employers in your field value" : null,
            Then(w.Abroad, abroad => $"Meet the language and registration requirements for {abroad}")),
        Milestone(3, "Year 3", Then(w.Abroad, destination => $"Make the move to {destination}") ?? "Specialise",
            "With experience and credentials in hand, you can choose where and in what you work.",
            w.Abroad is not null ? "Secure a job offer and work permit before you move" : $"Choose a specialism within {w.Field}",
            Then(w.GrowthTitle, growth => $"Aim for {growth} within the following years")),
        Milestone(4, "Year 4", "Deepen your specialism",
            "Depth in one area opens the senior roles.",
            $"Take an advanced course or certification in your chosen part of {w.Field}",
            "Start mentoring newcomers"),
        Milestone(5, "Year 5", "Reach your long-term goal",
            "Five years of steady steps add up to the career you described.",
            "Apply for senior or specialist roles",
            "Consider the further study your long-term goal names"),
    ];

    private static IReadOnlyList<PlanMilestone> Exploration(PlanWords w) =>
    [
        Milestone(1, "Year 1", "Explore and choose a direction",
            "Trying a few things quickly is the fastest way to a direction you will keep.",
            $"Take short taster courses in {w.Options}",
            "Volunteer or work part-time to see real work up close",
            "Choose one direction and one backup"),
        Milestone(2, "Year 2", "Train for your direction",
            "Most directions need a qualification; starting it is the commitment.",
            "Start the course, apprenticeship or degree your direction needs",
            "Keep working or volunteering part-time near the field"),
        Milestone(3, "Year 3", "Start in the field",
            "A first job in the field turns training into experience.",
            $"Get your first job in your chosen field, in {w.Places}",
            "Keep in touch with the people you met while exploring"),
        Milestone(4, "Year 4", "Grow in the role",
            "After the first year in a job you can see which part of it you want more of.",
            "Take on more responsibility and one further course",
            "Decide whether further study would help"),
        Milestone(5, "Year 5", "A stable job you enjoy",
            "Five years from now the aim is work you chose for good reasons.",
            "Review where you are against what you wanted and adjust",
            "Help someone else who is still exploring"),
    ];
}
