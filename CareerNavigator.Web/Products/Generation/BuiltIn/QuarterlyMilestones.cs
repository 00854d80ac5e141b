using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using static CareerNavigator.Web.Products.Generation.BuiltIn.PlanWords;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>The four quarters of a one-year plan, one path per user group.</summary>
internal static class QuarterlyMilestones
{
    public static IReadOnlyList<PlanMilestone> For(PlanWords w, string? goal) => w.Facts.Group switch
    {
        UserGroup.ExperiencedContinuing => Growth(w, goal),
        UserGroup.ExperiencedChanging => Change(w, goal),
        UserGroup.InexperiencedWithGoal => Entry(w, goal),
        _ => Exploration(w, goal),
    };

    private static IReadOnlyList<PlanMilestone> Growth(PlanWords w, string? goal) =>
    [
        Milestone(1, "Q1", $"Agree what the step to {w.TitleOr} means where you are",
            Quote(goal) + "Growth comes faster when the expectations are written down.",
            Then(w.Employer, employer => $"Ask your manager at {employer} what the step to {w.TitleOr} takes, and write the answer down")
                ?? $"Read ten job adverts for {w.TitleRoles} and write down what they expect",
            "Choose one piece of work you can own beyond your own team this year",
            w.Gaps() is null ? "Pick one skill to deepen and block weekly time for it" : null),
        Milestone(2, "Q2", "Lead visibly",
            "Senior roles go to people who already do the work; written decisions make that work visible.",
            "Lead the piece of work you chose and write down its key decisions and outcomes",
            "Mentor or coach at least one colleague",
            null),
        Milestone(3, "Q3", "Build your reputation beyond your team",
            "Promotion panels and hiring managers look for impact outside your own team.",
            "Share what you learned: an internal talk, a write-up or a meetup talk",
            "Ask three colleagues for feedback on your impact and one thing to improve",
            $"Compare openings for {w.TitleRoles} in {w.Places} with your current role"),
        Milestone(4, "Q4", "Make the case and take the step",
            "A written case with evidence turns a year of work into the next title.",
            "Collect the evidence: outcomes with numbers, feedback and the decisions you led",
            Then(w.Employer, employer => $"Discuss promotion to {w.TitleOr} at {employer}"),
            $"Apply for {w.TitleRoles} in {w.Places} if the path where you are is blocked",
            "Set next year's goals from what you learned"),
    ];

    private static IReadOnlyList<PlanMilestone> Change(PlanWords w, string? goal) =>
    [
        Milestone(1, "Q1", "Map what transfers and start on the first gap",
            Quote(goal) + "Knowing what already transfers keeps the retraining short.",
            w.Facts.Strengths.Count > 0
                ? $"Write down how your experience with {TextFit.JoinAnd(w.Facts.Strengths.Select(s => TextFit.LowerFirst(s.Name)))} applies to {w.Field}"
                : $"Write down which parts of your current work {w.Field} also needs",
            w.Gaps() is null ? "Pick the skill adverts mention most and start learning it" : null,
            $"Read twenty adverts for {w.TitleRoles} and note what they ask for most"),
        Milestone(2, "Q2", "Build a portfolio that proves it",
            "Career changers are hired on evidence; projects show the new skills on real problems.",
            Then(w.Sectors, sectors => $"Build two portfolio projects on public data or problems from {sectors}")
                ?? "Build two portfolio projects on problems you know from your current work",
            "Publish each project with a short write-up: the question, the method and the result"),
        Milestone(3, "Q3", "Get known in the new field and apply",
            "Most career changers get their first role through people who have seen their work.",
            $"Rewrite your CV and LinkedIn for {w.TitleRoles}",
            $"Talk to five people who work in {w.Field} about how they got in",
            $"Apply for {w.TitleRoles} in {w.Places}, a few every week"),
        Milestone(4, "Q4", "Land the role and start well",
            "The first months in a new field decide how fast you grow in it.",
            $"Practise the interview tasks typical for {w.Field}",
            Then(w.Employer, employer => $"Ask whether {employer} has work in {w.Field} you could take on as a bridge"),
            "Agree a 90-day learning plan with your new manager"),
    ];

    private static IReadOnlyList<PlanMilestone> Entry(PlanWords w, string? goal) =>
    [
        Milestone(1, "Q1", "Secure the foundations your goal needs",
            Quote(goal) + "Every later step depends on these credentials.",
            Then(w.Study, study => $"Keep your {study} on track and get transcripts and references ready")
                ?? $"Find out which qualification employers in {w.Field} ask for and how to start it",
            Then(w.Prerequisite, exam => $"Plan your preparation for {exam} and book a review course")),
        Milestone(2, "Q2", "Earn the credential and first experience",
            "Employers hiring for entry roles look for the credential plus proof you have done the work.",
            Then(w.Prerequisite, exam => $"Sit {exam}, or book the next date") ?? $"Finish the course or qualification {w.Field} asks for",
            Then(w.Employer, employer => $"At {employer}, ask for tasks closer to {w.Field}") ?? $"Volunteer or job-shadow in {w.Field}"),
        Milestone(3, "Q3", "Apply for entry roles",
            "Applying while the credential is fresh shortens the gap between study and work.",
            $"Apply for {w.TitleRoles} in {w.NearPlaces}",
            "Update your CV and LinkedIn for these roles",
            Then(w.Employer, employer => $"Ask {employer} for a reference") ?? "Ask a teacher or supervisor for a reference"),
        Milestone(4, "Q4", "Start in your first role and plan the next step",
            "The first role is where the longer-term goal becomes concrete.",
            Then(w.Title, title => $"Start as {title}; keep a log of what you learn and the situations you handle")
                ?? "Start your first job; keep a log of what you learn and the situations you handle",
            Then(w.Abroad, abroad => $"Start the paperwork for {abroad}: language test, work permit and recognition of your qualifications"),
            "Review this plan with a mentor and set next year's goals"),
    ];

    private static IReadOnlyList<PlanMilestone> Exploration(PlanWords w, string? goal) =>
    [
        Milestone(1, "Q1", "Try before you choose",
            Quote(goal) + "Short, cheap tries tell you more than long deliberation.",
            $"Take a short taster course in each of {w.Options}",
            "After each one, write down what you enjoyed and what you did not",
            "Keep a list of the things you are good at and like doing"),
        Milestone(2, "Q2", "See real work up close",
            "A few days of the real work tell you more than any test.",
            Then(w.Sectors, sectors => $"Volunteer, job-shadow or work part-time at {sectors}") ?? "Volunteer or work part-time somewhere that lets you try a new kind of work",
            $"Talk to three people who work in {w.Options}"),
        Milestone(3, "Q3", "Choose a direction",
            "A direction chosen from real experience is one you are likely to keep.",
            $"Compare your options on enjoyment, pay, the training each needs and the jobs in {w.Places}",
            "Pick one direction to pursue first and one backup",
            "Find out whether it needs a degree, a vocational course or on-the-job training"),
        Milestone(4, "Q4", "Take the first real step",
            "Starting is what turns an option into a career.",
            "Apply for an entry job, apprenticeship or training programme in your chosen direction",
            w.Facts.Roles.Count > 0 ? $"Look for openings such as {TextFit.JoinOr(w.Facts.Roles.Select(r => r.EntryTitles.FirstOrDefault() ?? r.Name))} in {w.Places}" : null,
            "Review the year and set next year's goal"),
    ];
}
