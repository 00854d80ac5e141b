using System.Text.Json;
using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Generation.Content;

/// <summary>Which record each product's content is, and whether a piece of content has that shape and keeps the product's rules.</summary>
public sealed partial class ProductContentRules : IProductContentRules
{
    public Type ContentType(ProductType type) => type switch
    {
        ProductType.Cv => typeof(CvContent),
        ProductType.LinkedInExport => typeof(LinkedInContent),
        ProductType.CareerPlan1Y or ProductType.CareerPlan3Y or ProductType.CareerPlan5Y => typeof(CareerPlanContent),
        ProductType.SuggestedCourses => typeof(SuggestedCoursesContent),
        ProductType.PossibleJobs => typeof(PossibleJobsContent),
        ProductType.PossibleCompanies => typeof(PossibleCompaniesContent),
        ProductType.RelocationHelp => typeof(RelocationHelpContent),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown product type."),
    };

    public static int PlanYears(ProductType type) => type switch
    {
        ProductType.CareerPlan1Y => 1,
        ProductType.CareerPlan3Y => 3,
        ProductType.CareerPlan5Y => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a career plan."),
    };

    public IReadOnlyList<string> Validate(ProductType type, string contentJson)
    {
        var contentType = ContentType(type);
        if (string.IsNullOrWhiteSpace(contentJson))
        {
            return ["The content is empty."];
        }

        try
        {
            using var _ = JsonDocument.Parse(contentJson);
        }
        catch (JsonException ex)
        {
            return [$"The content is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})."];
        }

        object? content;
        try
        {
            content = JsonSerializer.Deserialize(contentJson, contentType, ProductJson.Options);
        }
        catch (JsonException ex)
        {
            return [DescribeShapeProblem(ex)];
        }

        var problems = new ContentProblems();
        switch (content)
        {
            case CvContent cv: CvRules.Check(cv, problems); break;
            case LinkedInContent linkedIn: LinkedInRules.Check(linkedIn, problems); break;
            case CareerPlanContent plan: CareerPlanRules.Check(plan, PlanYears(type), problems); break;
            case SuggestedCoursesContent courses: SuggestionRules.Check(courses, problems); break;
            case PossibleJobsContent jobs: SuggestionRules.Check(jobs, problems); break;
            case PossibleCompaniesContent companies: SuggestionRules.Check(companies, problems); break;
            case RelocationHelpContent relocation: RelocationRules.Check(relocation, problems); break;
            default: problems.Add("The content is empty."); break;
        }
        return problems.All;
    }

    /// <summary>Turns System.Text.Json's messages (which name .NET types) into a sentence about the content's fields.</summary>
    private static string DescribeShapeProblem(JsonException ex)
    {
        var where = ex.Path is null or "$" ? "" : $" at {ex.Path}";
        if (MissingRequired().Match(ex.Message) is { Success: true } missing)
        {
            return $"Required field(s) missing{where}: {missing.Groups[1].Value}.";
        }
        if (UnknownMember().Match(ex.Message) is { Success: true } unknown)
        {
            return $"Unknown field '{unknown.Groups[1].Value}'{where}.";
        }
        if (NullNotAllowed().Match(ex.Message) is { Success: true } isNull)
        {
            return $"The field '{isNull.Groups[1].Value}' must not be null{where}.";
        }
        return $"The content does not have the expected shape{where}: a value has the wrong type or is out of range.";
    }

    [GeneratedRegex("missing required properties including: (.+?)\\.?$", RegexOptions.Multiline)]
    private static partial Regex MissingRequired();

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("property or field '([^']+)' on type '[^']+' doesn't allow setting null")]
    private static partial Regex NullNotAllowed();
}
