namespace CareerNavigator.Web.Products.Types.SuggestedCourses;

/// <summary>The rules of suggested courses: a summary and one to twelve complete course cards.</summary>
internal static class SuggestedCoursesRules
{
    public static void Check(SuggestedCoursesContent content, ContentProblems problems)
    {
        problems.RequireText(content.Summary, "The summary");
        problems.RequireItems(content.Courses, "Suggested courses");
        problems.MaxItems(content.Courses, ContentProblems.MaxCards, "Suggested courses");
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
}
