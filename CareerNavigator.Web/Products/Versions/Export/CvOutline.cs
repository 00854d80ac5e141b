using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>One entry of a CV as every export writes it: "Engineer" at "Acme", "Mar 2019 – now", bullets, skills.</summary>
public sealed record CvOutlineEntry(
    string Title, string? Organisation, string? Dates, string? Meta, string? Description, IReadOnlyList<string> Bullets, IReadOnlyList<string> Skills);

public sealed record CvOutlineSection(CvSection Kind, string Title, IReadOnlyList<CvOutlineEntry> Entries, string? InlineList);

/// <summary>
/// Where each section goes in a design: <see cref="Main"/> is read first (and is the only column of the one-column
/// designs), <see cref="Side"/> after it. Both keep the CV's section order.
/// </summary>
public sealed record CvColumns(IReadOnlyList<CvOutlineSection> Main, IReadOnlyList<CvOutlineSection> Side);

/// <summary>
/// The CV in reading order (the section order the content chose), with the same wording as the page, so the
/// PDF, the DOCX and the screen say the same thing.
/// </summary>
public static class CvOutline
{
    public static string Heading(CvContent cv) => cv.Header.Name ?? cv.Header.Headline;

    /// <summary>Where the person lives and how to reach them, then their pages as "GitHub: https://…", in that order.</summary>
    public static IReadOnlyList<string> Contact(CvContent cv) => Contact(cv.Header);

    /// <summary>The same line for any document with the CV's letterhead (a cover letter).</summary>
    public static IReadOnlyList<string> Contact(CvHeader header) =>
    [
        .. new[] { header.Location, header.Email, header.Phone, header.LinkedinUrl }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!),
        .. (header.Links ?? []).Select(l => $"{l.Label}: {l.Url}"),
    ];

    /// <summary>The two-column design keeps the story (experience, education) in the main column and short lists beside it.</summary>
    public static CvColumns Columns(CvContent cv, DocumentDesign design)
    {
        var sections = Sections(cv).ToList();
        return new([.. sections.Where(s => !InSideColumn(s.Kind, design))], [.. sections.Where(s => InSideColumn(s.Kind, design))]);
    }

    /// <summary>The one rule the page, the PDF and the DOCX share for what goes in the side column.</summary>
    public static bool InSideColumn(CvSection kind, DocumentDesign design) =>
        design == DocumentDesign.Modern && kind is CvSection.Skills or CvSection.Languages or CvSection.Certifications;

    public static IEnumerable<CvOutlineSection> Sections(CvContent cv)
    {
        foreach (var section in cv.SectionOrder)
        {
            switch (section)
            {
                case CvSection.Experience when cv.Experience.Count > 0:
                    yield return new(CvSection.Experience, "Experience", [.. cv.Experience.Select(job => new CvOutlineEntry(
                        job.Position, job.Employer, DocumentDates.Span(job.StartDate, job.StartPrecision, job.EndDate, job.EndPrecision, job.IsCurrent), job.Location,
                        job.Description, job.Achievements, job.Skills))], null);
                    break;
                case CvSection.Education when cv.Education.Count > 0:
                    yield return new(CvSection.Education, "Education", [.. cv.Education.Select(study => new CvOutlineEntry(
                        StudyTitle(study), study.Degree is null ? null : study.Institution, DocumentDates.Span(study.StartDate, study.StartPrecision, study.EndDate, study.EndPrecision),
                        StudyMeta(study), study.Description, [], []))], null);
                    break;
                case CvSection.Certifications when cv.Certifications.Count > 0:
                    yield return new(CvSection.Certifications, "Courses and certifications", [.. cv.Certifications.Select(certificate => new CvOutlineEntry(
                        certificate.Name, certificate.Issuer, DocumentDates.Date(certificate.CompletedOn, certificate.CompletedPrecision), CertificateMeta(certificate), null, [], []))], null);
                    break;
                case CvSection.Skills when cv.Skills.Count > 0:
                    yield return new(CvSection.Skills, "Skills", [], string.Join(" · ", cv.Skills));
                    break;
                case CvSection.Languages when cv.Languages.Count > 0:
                    yield return new(CvSection.Languages, "Languages", [], string.Join(" · ", cv.Languages.Select(l => $"{l.Language} ({l.Proficiency})")));
                    break;
            }
        }
    }

    public static string StudyTitle(CvEducation study) =>
        study.Degree is null ? study.Institution
        : study.FieldOfStudy is null || study.Degree.Contains(study.FieldOfStudy, StringComparison.OrdinalIgnoreCase) ? study.Degree
        : $"{study.Degree}, {study.FieldOfStudy}";

    public static string? StudyMeta(CvEducation study) => Join(
        study.Location,
        study.Gpa is { } gpa ? $"GPA {gpa:0.0#}" : null,
        study.Honors);

    public static string? CertificateMeta(CvCertification certificate) => Join(
        certificate.DurationHours is { } hours ? $"{hours:0.#} hours" : null,
        certificate.CertificateUrl);

    /// <summary>"Engineer — Acme", the way an entry's first line reads in a document.</summary>
    public static string EntryLine(CvOutlineEntry entry) =>
        string.IsNullOrWhiteSpace(entry.Organisation) ? entry.Title : $"{entry.Title} — {entry.Organisation}";

    public static string? Join(params string?[] parts)
    {
        var filled = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return filled.Count == 0 ? null : string.Join(" · ", filled);
    }
}
