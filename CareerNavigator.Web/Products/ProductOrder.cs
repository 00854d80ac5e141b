using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products;

/// <summary>
/// The nine product types, most useful first for each user group: someone continuing in their field needs a
/// CV and LinkedIn first; someone changing field or starting with a goal needs the plan and the courses that
/// close the gap; someone exploring needs to see which jobs fit before anything else.
/// </summary>
public static class ProductOrder
{
    private static readonly IReadOnlyList<ProductType> ExperiencedContinuing =
    [
        ProductType.Cv, ProductType.LinkedInExport, ProductType.CareerPlan1Y, ProductType.PossibleJobs, ProductType.PossibleCompanies,
        ProductType.CareerPlan3Y, ProductType.SuggestedCourses, ProductType.CareerPlan5Y, ProductType.RelocationHelp,
    ];

    private static readonly IReadOnlyList<ProductType> ExperiencedChanging =
    [
        ProductType.CareerPlan1Y, ProductType.SuggestedCourses, ProductType.Cv, ProductType.PossibleJobs, ProductType.LinkedInExport,
        ProductType.PossibleCompanies, ProductType.CareerPlan3Y, ProductType.CareerPlan5Y, ProductType.RelocationHelp,
    ];

    private static readonly IReadOnlyList<ProductType> InexperiencedWithGoal =
    [
        ProductType.CareerPlan1Y, ProductType.SuggestedCourses, ProductType.Cv, ProductType.CareerPlan3Y, ProductType.PossibleJobs,
        ProductType.PossibleCompanies, ProductType.LinkedInExport, ProductType.CareerPlan5Y, ProductType.RelocationHelp,
    ];

    private static readonly IReadOnlyList<ProductType> InexperiencedNoGoal =
    [
        ProductType.PossibleJobs, ProductType.SuggestedCourses, ProductType.CareerPlan1Y, ProductType.PossibleCompanies, ProductType.Cv,
        ProductType.LinkedInExport, ProductType.CareerPlan3Y, ProductType.CareerPlan5Y, ProductType.RelocationHelp,
    ];

    /// <summary>Before the wizard has classified the user: the documents most people ask for first.</summary>
    private static readonly IReadOnlyList<ProductType> Unclassified =
    [
        ProductType.Cv, ProductType.CareerPlan1Y, ProductType.PossibleJobs, ProductType.LinkedInExport, ProductType.SuggestedCourses,
        ProductType.PossibleCompanies, ProductType.CareerPlan3Y, ProductType.CareerPlan5Y, ProductType.RelocationHelp,
    ];

    public static IReadOnlyList<ProductType> For(UserGroup? group) => group switch
    {
        UserGroup.ExperiencedContinuing => ExperiencedContinuing,
        UserGroup.ExperiencedChanging => ExperiencedChanging,
        UserGroup.InexperiencedWithGoal => InexperiencedWithGoal,
        UserGroup.InexperiencedNoGoal => InexperiencedNoGoal,
        null => Unclassified,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };
}
