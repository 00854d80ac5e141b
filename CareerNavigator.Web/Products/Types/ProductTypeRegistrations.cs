using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.CoverLetter;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.LinkedInExport;
using CareerNavigator.Web.Products.Types.PossibleCompanies;
using CareerNavigator.Web.Products.Types.PossibleJobs;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Web.Products.Types;

/// <summary>The registered product types: adding a type is its folder, its <c>ProductType</c> label and a line here.</summary>
internal static class ProductTypeRegistrations
{
    public static IReadOnlyList<ProductTypeDescriptor> All { get; } =
    [
        new LinkedInExportDescriptor(),
        new CvDescriptor(),
        new SuggestedCoursesDescriptor(),
        new CareerPlan1YDescriptor(),
        new CareerPlan3YDescriptor(),
        new CareerPlan5YDescriptor(),
        new PossibleJobsDescriptor(),
        new PossibleCompaniesDescriptor(),
        new RelocationHelpDescriptor(),
        new CoverLetterDescriptor(),
    ];
}
