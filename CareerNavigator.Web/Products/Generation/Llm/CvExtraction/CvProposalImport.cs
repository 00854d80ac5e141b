using CareerNavigator.Web.Import;

namespace CareerNavigator.Web.Products.Generation.Llm.CvExtraction;

/// <summary>Proposals read from a CV go through the same preview, confirmation and no-duplicate rules as any import.</summary>
public static class CvProposalImport
{
    public static ImportedProfile ToImportedProfile(this CvRecordProposals proposals) => new()
    {
        Jobs = proposals.Jobs.Select(j => new ImportedJob
        {
            CompanyName = j.CompanyName, Position = j.Position,
            StartDate = j.StartDate?.Date, StartDatePrecision = j.StartDate?.Precision ?? default,
            EndDate = j.IsCurrent ? null : j.EndDate?.Date, EndDatePrecision = j.EndDate?.Precision ?? default,
            IsCurrent = j.IsCurrent, Location = j.Location, Description = j.Description, Achievements = j.Achievements, Skills = j.SkillsUsed,
        }).ToList(),
        Education = proposals.Education.Select(e => new ImportedEducation
        {
            Institution = e.InstitutionName, Degree = e.Degree, FieldOfStudy = e.FieldOfStudy,
            StartDate = e.StartDate?.Date, StartDatePrecision = e.StartDate?.Precision ?? default,
            EndDate = e.EndDate?.Date, EndDatePrecision = e.EndDate?.Precision ?? default, Location = e.Location,
        }).ToList(),
        Courses = proposals.Courses.Select(c => new ImportedCourse
        {
            Name = c.CourseName, Institution = c.Institution, Provider = c.Provider,
            CompletionDate = c.CompletionDate?.Date, CompletionDatePrecision = c.CompletionDate?.Precision ?? default, Skills = c.SkillsLearned,
        }).ToList(),
        Warnings = proposals.Discarded > 0
            ? [$"{proposals.Discarded} suggested entr{(proposals.Discarded == 1 ? "y was" : "ies were")} left out because the name does not appear in your CV."]
            : [],
    };
}
