namespace CareerNavigator.Web.Products.Types.PossibleCompanies;

/// <summary>Content of <c>possible_companies</c>: kinds of employers (never company names) and how to find them.</summary>
public sealed record PossibleCompaniesContent
{
    public required string Summary { get; init; }
    public required IReadOnlyList<CompanyKind> CompanyKinds { get; init; }
}

public sealed record CompanyKind
{
    public required string Kind { get; init; }
    public required string WhyItFits { get; init; }
    public required IReadOnlyList<string> RolesThere { get; init; }
    public required IReadOnlyList<string> HowToFind { get; init; }
    public required IReadOnlyList<string> Locations { get; init; }
}
