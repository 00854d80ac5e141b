using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products;

public sealed record ProductDescription(string Title, string Summary, string Icon);

/// <summary>How each product type is named and explained to job seekers.</summary>
public static class ProductDescriptions
{
    public static ProductDescription For(ProductType type) => type switch
    {
        ProductType.Cv => new("CV", "A clear, well-structured CV built from your own experience.", MudBlazor.Icons.Material.Outlined.Description),
        ProductType.LinkedInExport => new("LinkedIn update", "Headline, About and experience texts ready to paste into LinkedIn.", MudBlazor.Icons.Material.Outlined.Badge),
        ProductType.CareerPlan1Y => new("1-year plan", "Quarter-by-quarter steps towards your next role.", MudBlazor.Icons.Material.Outlined.Flag),
        ProductType.CareerPlan3Y => new("3-year plan", "Yearly milestones for the path you have chosen.", MudBlazor.Icons.Material.Outlined.Timeline),
        ProductType.CareerPlan5Y => new("5-year plan", "Where you could be in five years, and how to get there.", MudBlazor.Icons.Material.Outlined.Landscape),
        ProductType.SuggestedCourses => new("Suggested courses", "Courses that close the skill gaps between you and your goal.", MudBlazor.Icons.Material.Outlined.School),
        ProductType.PossibleJobs => new("Possible jobs", "Roles that fit your experience and goals, with the reasons.", MudBlazor.Icons.Material.Outlined.Work),
        ProductType.PossibleCompanies => new("Possible companies", "The kinds of employers to look at, and how to find them.", MudBlazor.Icons.Material.Outlined.Business),
        ProductType.RelocationHelp => new("Relocation help", "A checklist for each place you would like to work.", MudBlazor.Icons.Material.Outlined.FlightTakeoff),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
