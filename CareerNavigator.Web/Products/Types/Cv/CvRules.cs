using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Types.Cv;

internal static class CvRules
{
    public static void Check(CvContent cv, ContentProblems problems)
    {
        problems.RequireText(cv.Header.Headline, "The CV headline");
        problems.RequireText(cv.Summary, "The CV summary");
        problems.MaxLength(cv.Summary, 2_000, "The CV summary");
        if (cv.Experience.Count + cv.Education.Count + cv.Certifications.Count == 0)
        {
            problems.Add("The CV has no experience, education or certifications; at least one entry is needed.");
        }

        CheckSectionOrder(cv, problems);

        for (var i = 0; i < cv.Experience.Count; i++)
        {
            var job = cv.Experience[i];
            var what = $"Experience entry {i + 1}";
            problems.RequireText(job.Position, $"{what}: the position");
            problems.RequireText(job.Employer, $"{what}: the employer");
            problems.RequireDateOrder(job.StartDate, job.EndDate, what);
            if (job.IsCurrent && job.EndDate is not null)
            {
                problems.Add($"{what} is marked current but has an end date.");
            }
            problems.RequireTextItems(job.Achievements, $"{what}: the achievements");
            problems.RequireTextItems(job.Skills, $"{what}: the skills");
        }

        for (var i = 0; i < cv.Education.Count; i++)
        {
            var study = cv.Education[i];
            problems.RequireText(study.Institution, $"Education entry {i + 1}: the institution");
            problems.RequireDateOrder(study.StartDate, study.EndDate, $"Education entry {i + 1}");
        }

        for (var i = 0; i < cv.Certifications.Count; i++)
        {
            problems.RequireText(cv.Certifications[i].Name, $"Certification {i + 1}: the name");
        }

        problems.RequireTextItems(cv.Skills, "The skills");
        foreach (var language in cv.Languages)
        {
            problems.RequireText(language.Language, "A language name");
            problems.RequireText(language.Proficiency, $"The level of {language.Language}");
        }
    }

    private static void CheckSectionOrder(CvContent cv, ContentProblems problems)
    {
        if (cv.SectionOrder.Distinct().Count() != cv.SectionOrder.Count)
        {
            problems.Add("The CV lists a section more than once in its section order.");
        }

        var filled = new (CvSection Section, int Count)[]
        {
            (CvSection.Experience, cv.Experience.Count),
            (CvSection.Education, cv.Education.Count),
            (CvSection.Certifications, cv.Certifications.Count),
            (CvSection.Skills, cv.Skills.Count),
            (CvSection.Languages, cv.Languages.Count),
        };
        foreach (var (section, count) in filled)
        {
            if (count > 0 && !cv.SectionOrder.Contains(section))
            {
                problems.Add($"The CV's {section.ToString().ToLowerInvariant()} section has entries but is missing from the section order.");
            }
        }
    }
}
