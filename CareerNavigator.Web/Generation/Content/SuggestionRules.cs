namespace CareerNavigator.Web.Generation.Content;

/// <summary>The rules of the card-like products: courses, jobs and company kinds.</summary>
internal static class SuggestionRules
{
    private const int MaxCards = 12;

    public static void Check(SuggestedCoursesContent content, ContentProblems problems)
    {
        problems.RequireText(content.Summary, "The summary");
        problems.RequireItems(content.Courses, "Suggested courses");
        problems.MaxItems(content.Courses, MaxCards, "Suggested courses");
        for (var i = 0; i < content.Courses.Count; i++)
        {
            var course = content.Courses[i];
            var what = $"Course {i + 1}";
            problems.RequireText(course.Topic, $"{what}: the topic");
            problems.RequireText(course.Gap, $"{what}: the gap it closes");
            problems.RequireText(course.Reason, $"{what}: the reason");
            problems.RequireText(course.Kind, $"{what}: the kind of course");
            problems.RequireItems(course.ProviderKinds, $"{what}: kinds of provider");
            problems.RequireTextItems(course.ProviderKinds, $"{what}: the kinds of provider");
            if (course.EstimatedHours is <= 0)
            {
                problems.Add($"{what}: the estimated hours must be positive.");
            }
        }
    }

    public static void Check(PossibleJobsContent content, ContentProblems problems)
    {
        problems.RequireText(content.Summary, "The summary");
        problems.RequireItems(content.Jobs, "Possible jobs");
        problems.MaxItems(content.Jobs, MaxCards, "Possible jobs");
        for (var i = 0; i < content.Jobs.Count; i++)
        {
            var job = content.Jobs[i];
            problems.RequireText(job.Title, $"Job {i + 1}: the title");
            problems.RequireText(job.WhyItFits, $"Job {i + 1}: why it fits");
            problems.RequireTextItems(job.SkillsYouHave, $"Job {i + 1}: the skills you have");
            problems.RequireTextItems(job.SkillsToBuild, $"Job {i + 1}: the skills to build");
        }
    }

    public static void Check(PossibleCompaniesContent content, ContentProblems problems)
    {
        problems.RequireText(content.Summary, "The summary");
        problems.RequireItems(content.CompanyKinds, "Kinds of company");
        problems.MaxItems(content.CompanyKinds, MaxCards, "Kinds of company");
        for (var i = 0; i < content.CompanyKinds.Count; i++)
        {
            var kind = content.CompanyKinds[i];
            var what = $"Company kind {i + 1}";
            problems.RequireText(kind.Kind, $"{what}: the kind");
            problems.RequireText(kind.WhyItFits, $"{what}: why it fits");
            problems.RequireItems(kind.HowToFind, $"{what}: ways to find them");
            problems.RequireTextItems(kind.HowToFind, $"{what}: the ways to find them");
            problems.RequireTextItems(kind.RolesThere, $"{what}: the roles");
            problems.RequireTextItems(kind.Locations, $"{what}: the locations");
        }
    }
}
