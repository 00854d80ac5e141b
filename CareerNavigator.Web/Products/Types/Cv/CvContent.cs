using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Types.Cv;

/// <summary>
/// Content of <c>cv</c>. Entries copy employers, institutions, titles and dates exactly from the user's
/// records; <see cref="SectionOrder"/> says in which order the page shows the sections (it depends on the
/// user's group: experience first for experienced people, education first for those starting out).
/// </summary>
public sealed record CvContent
{
    public required CvHeader Header { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<CvSection> SectionOrder { get; init; }
    public required IReadOnlyList<CvExperience> Experience { get; init; }
    public required IReadOnlyList<CvEducation> Education { get; init; }
    public required IReadOnlyList<CvCertification> Certifications { get; init; }
    public required IReadOnlyList<string> Skills { get; init; }
    public required IReadOnlyList<SpokenLanguage> Languages { get; init; }
}

public enum CvSection
{
    Experience,
    Education,
    Certifications,
    Skills,
    Languages,
}

/// <summary>
/// The top of the CV, from the profile's identity and contact fields: the name the user gave (a CV is not made
/// without one; versions made before the profile had a name field may lack it), their email for CVs or else the
/// account's, phone, location, LinkedIn address and other links.
/// </summary>
public sealed record CvHeader
{
    public required string? Name { get; init; }
    public required string Headline { get; init; }
    public required string? Location { get; init; }
    public required string? Email { get; init; }
    public required string? LinkedinUrl { get; init; }

    [OptionalWhenRead] public required string? Phone { get; init; }

    /// <summary>Portfolio, GitHub and other pages, in the profile's order.</summary>
    [OptionalWhenRead] public required IReadOnlyList<CvLink>? Links { get; init; }
}

public sealed record CvLink
{
    public required string Label { get; init; }
    public required string Url { get; init; }
}

public sealed record CvExperience
{
    public required string Position { get; init; }
    public required string Employer { get; init; }
    public required string? Location { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly? EndDate { get; init; }

    /// <summary>How much of each date is known; null in versions stored before CVs kept it (shown as months).</summary>
    [OptionalWhenRead] public required DatePrecision? StartPrecision { get; init; }

    [OptionalWhenRead] public required DatePrecision? EndPrecision { get; init; }
    public required bool IsCurrent { get; init; }
    public required string? Description { get; init; }
    public required IReadOnlyList<string> Achievements { get; init; }
    public required IReadOnlyList<string> Skills { get; init; }
}

public sealed record CvEducation
{
    public required string Institution { get; init; }
    public required string? Degree { get; init; }
    public required string? FieldOfStudy { get; init; }
    public required DateOnly? StartDate { get; init; }
    public required DateOnly? EndDate { get; init; }
    [OptionalWhenRead] public required DatePrecision? StartPrecision { get; init; }
    [OptionalWhenRead] public required DatePrecision? EndPrecision { get; init; }
    public required string? Location { get; init; }
    public required double? Gpa { get; init; }
    public required string? Honors { get; init; }
    public required string? Description { get; init; }
}

public sealed record CvCertification
{
    public required string Name { get; init; }
    public required string? Issuer { get; init; }
    public required DateOnly? CompletedOn { get; init; }
    [OptionalWhenRead] public required DatePrecision? CompletedPrecision { get; init; }
    public required double? DurationHours { get; init; }
    public required string? CertificateUrl { get; init; }
}
