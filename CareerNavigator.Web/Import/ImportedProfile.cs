using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Import;

/// <summary>
/// What an import found, before anything is written: the wizard shows it, the user confirms sections, and
/// <see cref="ProfileImportService.ApplyAsync"/> writes them. Text values are trimmed, never empty strings.
/// </summary>
public sealed record ImportedProfile
{
    public string? FullName { get; init; }

    /// <summary>LinkedIn headline or JSON Resume <c>basics.label</c>.</summary>
    public string? Headline { get; init; }

    /// <summary>LinkedIn "About" or JSON Resume <c>basics.summary</c>.</summary>
    public string? Summary { get; init; }

    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>Public pages other than LinkedIn (portfolio, GitHub, a website), each with a name for it.</summary>
    public IReadOnlyList<ProfileLink> Links { get; init; } = [];

    public string? CurrentLocation { get; init; }
    public string? LinkedinProfileUrl { get; init; }

    /// <summary>Proficiency is a CEFR level "A1".."C2" or "native" (see <see cref="LanguageLevels"/>).</summary>
    public IReadOnlyList<LanguageSkill> Languages { get; init; } = [];

    public IReadOnlyList<ImportedJob> Jobs { get; init; } = [];
    public IReadOnlyList<ImportedCourse> Courses { get; init; } = [];
    public IReadOnlyList<ImportedEducation> Education { get; init; } = [];

    /// <summary>The person's skills as a whole (LinkedIn Skills.csv, JSON Resume <c>skills</c>), stored in <c>user_skills</c>.</summary>
    public IReadOnlyList<ImportedSkill> Skills { get; init; } = [];

    /// <summary>Where <see cref="Skills"/> came from, recorded on each skill the import adds.</summary>
    public SkillSource SkillSource { get; init; } = SkillSource.Cv;

    /// <summary>Shown only: no table stores projects.</summary>
    public IReadOnlyList<ImportedProject> Projects { get; init; } = [];

    /// <summary>Rows or values the reader skipped or could not read, in words for the user.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>LinkedIn only: every CSV read, as a JSON object keyed by file name, each an array of row objects.</summary>
    public string? LinkedinProfileData { get; init; }
}

/// <remarks>A job without <see cref="StartDate"/> cannot be stored (the column is required); the import skips it and says so.</remarks>
public sealed record ImportedJob
{
    public required string CompanyName { get; init; }
    public required string Position { get; init; }
    public string? Description { get; init; }
    public DateOnly? StartDate { get; init; }

    /// <summary>How much of <see cref="StartDate"/> the file stated (the date is the first day of that month or year).</summary>
    public DatePrecision StartDatePrecision { get; init; }

    public DateOnly? EndDate { get; init; }
    public DatePrecision EndDatePrecision { get; init; }
    public bool IsCurrent { get; init; }
    public string? Location { get; init; }
    public IReadOnlyList<string> Achievements { get; init; } = [];
    public IReadOnlyList<string> Skills { get; init; } = [];
}

/// <summary>A course or a certification.</summary>
public sealed record ImportedCourse
{
    public required string Name { get; init; }

    /// <summary>The school or the issuing authority (LinkedIn "Authority", JSON Resume "issuer").</summary>
    public string? Institution { get; init; }

    public string? Provider { get; init; }
    public string? Description { get; init; }
    public DateOnly? CompletionDate { get; init; }
    public DatePrecision CompletionDatePrecision { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    public double? DurationHours { get; init; }
}

public sealed record ImportedEducation
{
    public required string Institution { get; init; }
    public string? Degree { get; init; }
    public string? FieldOfStudy { get; init; }
    public DateOnly? StartDate { get; init; }
    public DatePrecision StartDatePrecision { get; init; }
    public DateOnly? EndDate { get; init; }
    public DatePrecision EndDatePrecision { get; init; }
    public double? Gpa { get; init; }
    public string? Honors { get; init; }
    public string? Description { get; init; }
    public string? Location { get; init; }
}

/// <summary>A skill stated by the user's own file; <see cref="Level"/> as the file says it.</summary>
public sealed record ImportedSkill(string Name, string? Level = null);

public sealed record ImportedProject
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
}
