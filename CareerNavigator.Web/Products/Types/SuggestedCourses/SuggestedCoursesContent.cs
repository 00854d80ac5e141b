namespace CareerNavigator.Web.Products.Types.SuggestedCourses;

/// <summary>
/// Content of <c>suggested_courses</c>: course topics, each closing a named gap. Providers are described by
/// kind ("university extension programmes"), never as invented course titles of real providers.
/// </summary>
public sealed record SuggestedCoursesContent
{
    public required string Summary { get; init; }
    public required IReadOnlyList<SuggestedCourse> Courses { get; init; }
}

public sealed record SuggestedCourse
{
    public required string Topic { get; init; }

    /// <summary>The skill gap the course closes.</summary>
    public required string Gap { get; init; }

    public required string Reason { get; init; }

    /// <summary>What kind of learning it is, e.g. "online course with graded exercises".</summary>
    public required string Kind { get; init; }

    public required IReadOnlyList<string> ProviderKinds { get; init; }
    public required CourseLevel Level { get; init; }
    public required int? EstimatedHours { get; init; }
}

public enum CourseLevel
{
    Beginner,
    Intermediate,
    Advanced,
}
