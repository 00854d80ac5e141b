using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.CoverLetter;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Sources;

/// <summary>
/// The source check: every fact a CV or cover letter states — in its entries (employer, title, school, degree, award,
/// skill, dates) and in its sentences — traced to the user's records, the facts they typed or confirmed, or the
/// advert. What it cannot trace is returned; the version is stored with those claims, which block activating and
/// exporting it until the user edits them away or confirms them. The letterhead is the profile's and is not checked.
/// </summary>
public static class SourceCheck
{
    /// <summary>Whether versions of <paramref name="type"/> are checked: documents sent to an employer.</summary>
    public static bool Applies(ProductType type) => type is ProductType.Cv or ProductType.CoverLetter;

    /// <summary>Every fact <paramref name="content"/> states, traced or not; empty for content that is not checked.</summary>
    public static IReadOnlyList<FoundClaim> Facts(object content) => content switch
    {
        CvContent cv => [.. CvFacts(cv)],
        CoverLetterContent letter => [.. LetterFacts(letter)],
        _ => [],
    };

    /// <summary>The facts of <paramref name="content"/> that <paramref name="evidence"/> does not trace, each once.</summary>
    public static IReadOnlyList<FoundClaim> Unsupported(object content, SourceEvidence evidence) => content switch
    {
        CvContent cv => [.. CvFacts(cv, evidence).Where(c => !evidence.Traces(c)).DistinctBy(c => c.Key)],
        _ => [.. Facts(content).Where(c => !evidence.Traces(c)).DistinctBy(c => c.Key)],
    };

    private static IEnumerable<FoundClaim> LetterFacts(CoverLetterContent letter) =>
        letter.Paragraphs.SelectMany((paragraph, i) => ClaimFinder.Find(paragraph, $"Paragraph {i + 1}"));

    /// <summary>
    /// A CV's facts. With <paramref name="evidence"/>, an entry's dates are checked against the record of the same
    /// employer (or school) rather than against any year the records name.
    /// </summary>
    private static IEnumerable<FoundClaim> CvFacts(CvContent cv, SourceEvidence? evidence = null)
    {
        foreach (var claim in ClaimFinder.Find(cv.Header.Headline, "Headline").Concat(ClaimFinder.Find(cv.Summary, "Summary")))
        {
            yield return claim;
        }
        foreach (var job in cv.Experience)
        {
            var place = $"Experience: {job.Position} at {job.Employer}";
            var entry = $"{job.Position} at {job.Employer}";
            yield return new FoundClaim(ClaimKind.Employer, job.Employer, entry, place);
            yield return new FoundClaim(ClaimKind.Title, job.Position, entry, place);
            foreach (var date in JobDates(job, entry, place, evidence))
            {
                yield return date;
            }
            foreach (var claim in ClaimFinder.Find(job.Description, place).Concat(job.Achievements.SelectMany(a => ClaimFinder.Find(a, place))))
            {
                yield return claim;
            }
            foreach (var skill in job.Skills)
            {
                yield return new FoundClaim(ClaimKind.Skill, skill, $"Skills used: {string.Join(", ", job.Skills)}", place);
            }
        }
        foreach (var study in cv.Education)
        {
            var place = $"Education: {study.Institution}";
            var entry = string.Join(", ", new[] { study.Degree, study.FieldOfStudy, study.Institution }.Where(s => !string.IsNullOrWhiteSpace(s)));
            yield return new FoundClaim(ClaimKind.School, study.Institution, entry, place);
            if (!string.IsNullOrWhiteSpace(study.Degree) || !string.IsNullOrWhiteSpace(study.FieldOfStudy))
            {
                yield return new FoundClaim(ClaimKind.Degree, $"{study.Degree} {study.FieldOfStudy}".Trim(), entry, place);
            }
            if (!string.IsNullOrWhiteSpace(study.Honors))
            {
                yield return new FoundClaim(ClaimKind.Award, study.Honors, study.Honors, place);
            }
            if (study.Gpa is { } gpa)
            {
                yield return new FoundClaim(ClaimKind.Number, gpa.ToString(System.Globalization.CultureInfo.InvariantCulture), $"GPA {gpa}", place);
            }
            foreach (var year in new[] { study.StartDate, study.EndDate }.OfType<DateOnly>())
            {
                yield return new FoundClaim(ClaimKind.Date, year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), entry, place);
            }
            foreach (var claim in ClaimFinder.Find(study.Description, place))
            {
                yield return claim;
            }
        }
        foreach (var certificate in cv.Certifications)
        {
            var place = $"Certifications: {certificate.Name}";
            yield return new FoundClaim(ClaimKind.Degree, certificate.Name, certificate.Name, place);
            if (!string.IsNullOrWhiteSpace(certificate.Issuer))
            {
                yield return new FoundClaim(ClaimKind.School, certificate.Issuer, $"{certificate.Name}, {certificate.Issuer}", place);
            }
            if (certificate.CompletedOn is { } completed)
            {
                yield return new FoundClaim(ClaimKind.Date, completed.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), certificate.Name, place);
            }
        }
        foreach (var skill in cv.Skills)
        {
            yield return new FoundClaim(ClaimKind.Skill, skill, $"Skills: {string.Join(", ", cv.Skills)}", "Skills");
        }
    }

    /// <summary>
    /// An entry's start and end. When the records hold the entry's employer, its years must be that job's; otherwise
    /// (the employer itself is then a claim) any year the records name will do.
    /// </summary>
    private static IEnumerable<FoundClaim> JobDates(CvExperience job, string entry, string place, SourceEvidence? evidence)
    {
        var record = evidence?.Jobs.FirstOrDefault(j => ClaimText.Normalize(j.CompanyName) == ClaimText.Normalize(job.Employer)
                                                        && ClaimText.Normalize(j.Position) == ClaimText.Normalize(job.Position))
                     ?? evidence?.Jobs.FirstOrDefault(j => ClaimText.Normalize(j.CompanyName) == ClaimText.Normalize(job.Employer));
        var span = job.IsCurrent || job.EndDate is null ? $"{job.StartDate.Year}–present" : $"{job.StartDate.Year}–{job.EndDate.Value.Year}";
        if (record is null)
        {
            yield return new FoundClaim(ClaimKind.Date, job.StartDate.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{entry}, {span}", place);
            if (job.EndDate is { } end)
            {
                yield return new FoundClaim(ClaimKind.Date, end.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{entry}, {span}", place);
            }
            yield break;
        }
        if (record.StartDate.Year != job.StartDate.Year || (job.EndDate is { } shown && record.EndDate is { } kept && shown.Year != kept.Year)
            || (job.EndDate is not null && record.EndDate is null && !record.IsCurrent))
        {
            // Dates that differ from the record are the claim, whatever other records say.
            yield return new FoundClaim(ClaimKind.Date, span, $"{entry}, {span}", place) { Mismatched = true };
        }
    }
}
