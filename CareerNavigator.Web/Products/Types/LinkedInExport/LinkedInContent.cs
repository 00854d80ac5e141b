namespace CareerNavigator.Web.Products.Types.LinkedInExport;

/// <summary>Content of <c>linkedin_export</c>: texts ready to paste into LinkedIn, within its limits (<see cref="LinkedInLimits"/>).</summary>
public sealed record LinkedInContent
{
    public required string Headline { get; init; }
    public required string About { get; init; }
    public required IReadOnlyList<LinkedInPosition> Experience { get; init; }
    public required IReadOnlyList<LinkedInEducation> Education { get; init; }
    public required IReadOnlyList<LinkedInCertification> Certifications { get; init; }
    public required IReadOnlyList<string> Skills { get; init; }
    public required IReadOnlyList<SpokenLanguage> Languages { get; init; }
}

public sealed record LinkedInPosition
{
    public required string Title { get; init; }
    public required string Company { get; init; }
    public required string? Location { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly? EndDate { get; init; }
    public required bool IsCurrent { get; init; }
    public required string Description { get; init; }
}

public sealed record LinkedInEducation
{
    public required string School { get; init; }
    public required string? Degree { get; init; }
    public required string? FieldOfStudy { get; init; }
    public required DateOnly? StartDate { get; init; }
    public required DateOnly? EndDate { get; init; }
}

public sealed record LinkedInCertification
{
    public required string Name { get; init; }
    public required string? IssuingOrganization { get; init; }
    public required DateOnly? IssuedOn { get; init; }
    public required string? CredentialUrl { get; init; }
}

/// <summary>LinkedIn's own field limits; the page's character counters use the same numbers.</summary>
public static class LinkedInLimits
{
    public const int Headline = 220;
    public const int About = 2_600;
    public const int PositionTitle = 100;
    public const int PositionDescription = 2_000;
    public const int Skills = 100;
}
