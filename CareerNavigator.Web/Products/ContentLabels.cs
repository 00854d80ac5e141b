using CareerNavigator.Web.Products.Types.PossibleJobs;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Web.Products;

/// <summary>The words the product pages use for the content records' enum values.</summary>
public static class ContentLabels
{
    public static string Of(JobLevel level) => level switch
    {
        JobLevel.Entry => "Entry level",
        JobLevel.Mid => "Mid level",
        JobLevel.Senior => "Senior",
        JobLevel.Lead => "Lead",
        _ => level.ToString(),
    };

    public static string Of(CourseLevel level) => level switch
    {
        CourseLevel.Beginner => "Beginner",
        CourseLevel.Intermediate => "Intermediate",
        CourseLevel.Advanced => "Advanced",
        _ => level.ToString(),
    };

    public static string Of(MoveKind kind) => kind switch
    {
        MoveKind.Local => "Where you live now",
        MoveKind.Domestic => "Move within the country",
        MoveKind.International => "Move abroad",
        MoveKind.Remote => "Remote work",
        _ => kind.ToString(),
    };

    public static string Of(ChecklistCategory category) => category switch
    {
        ChecklistCategory.WorkRights => "Work rights",
        ChecklistCategory.Language => "Language",
        ChecklistCategory.CostOfLiving => "Cost of living",
        ChecklistCategory.JobSearch => "Job search",
        ChecklistCategory.Credentials => "Qualifications",
        ChecklistCategory.Practicalities => "Practicalities",
        _ => category.ToString(),
    };
}
