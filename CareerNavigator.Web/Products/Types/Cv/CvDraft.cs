using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Types.Cv;

/// <summary>A CV the form editor changes in place; <see cref="ToContent"/> gives the record to validate and save. Dates stay as they were.</summary>
public sealed class CvDraft
{
    private readonly CvContent _original;

    public CvDraft(CvContent cv)
    {
        _original = cv;
        Headline = cv.Header.Headline;
        Summary = cv.Summary;
        Experience = [.. cv.Experience.Select(e => new ExperienceDraft(e))];
        Education = [.. cv.Education];
        Certifications = [.. cv.Certifications];
        Skills = [.. cv.Skills];
    }

    public string Headline { get; set; }
    public string Summary { get; set; }
    public List<ExperienceDraft> Experience { get; }
    public List<CvEducation> Education { get; }
    public List<CvCertification> Certifications { get; }
    public List<string> Skills { get; }

    public CvContent ToContent() => _original with
    {
        Header = _original.Header with { Headline = Headline.Trim() },
        Summary = Summary.Trim(),
        Experience = [.. Experience.Select(e => e.ToContent())],
        Education = [.. Education],
        Certifications = [.. Certifications],
        Skills = [.. Skills.Select(s => s.Trim())],
    };
}

public sealed class ExperienceDraft(CvExperience original)
{
    public string Position { get; set; } = original.Position;
    public string Employer { get; set; } = original.Employer;
    public string? Description { get; set; } = original.Description;
    public List<string> Achievements { get; } = [.. original.Achievements];

    public CvExperience ToContent() => original with
    {
        Position = Position.Trim(),
        Employer = Employer.Trim(),
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim(),
        Achievements = [.. Achievements.Select(a => a.Trim())],
    };
}
