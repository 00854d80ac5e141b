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
/// The top of the CV. The seed has no name column: <see cref="Name"/> is taken from the user's own CV text or
/// LinkedIn data when they contain one, and is null otherwise; <see cref="Email"/> is the account's email.
/// </summary>
public sealed record CvHeader
{
    public required string? Name { get; init; }
    public required string Headline { get; init; }
    public required string? Location { get; init; }
    public required string? Email { get; init; }
    public required string? LinkedinUrl { get; init; }
}

public sealed record CvExperience
{
    public required string Position { get; init; }
    public required string Employer { get; init; }
    public required string? Location { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly? EndDate { get; init; }
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
    public required double? DurationHours { get; init; }
    public required string? CertificateUrl { get; init; }
}
