using System.Text;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.LinkedInExport;

namespace CareerNavigator.Web.Products.Types.LinkedInExport;

/// <summary>LinkedIn sections from the user's records, each within LinkedIn's limits.</summary>
internal static class LinkedInBuilder
{
    private const int MaxAchievementsInAbout = 4;

    public static LinkedInContent Build(ProfileFacts facts)
    {
        CvBuilder.RequireRecords(facts, "A LinkedIn update");
        return new LinkedInContent
        {
            Headline = Headline(facts),
            About = About(facts),
            Experience = [.. facts.Jobs.Select(Position)],
            Education = [.. facts.Education.Select(e => new LinkedInEducation
            {
                School = e.InstitutionName, Degree = e.Degree, FieldOfStudy = e.FieldOfStudy, StartDate = e.StartDate, EndDate = e.EndDate,
            })],
            Certifications = [.. facts.Courses.Select(c => new LinkedInCertification
            {
                Name = c.CourseName, IssuingOrganization = c.Institution ?? c.Provider, IssuedOn = c.CompletionDate, CredentialUrl = c.CertificateUrl,
            })],
            Skills = [.. CvBuilder.OrderedSkills(facts).Take(LinkedInLimits.Skills)],
            Languages = CvBuilder.Languages(facts),
        };
    }

    /// <summary>"Who I am | three skills | where I am heading", cut to LinkedIn's 220 characters.</summary>
    private static string Headline(ProfileFacts facts)
    {
        var parts = new List<string> { Headlines.Identity(facts) };
        if (facts.CurrentJob is { } job && facts.IsExperienced)
        {
            parts[0] = $"{job.Position} at {job.CompanyName}";
        }
        var skills = CvBuilder.OrderedSkills(facts).Take(3).ToList();
        if (skills.Count > 0)
        {
            parts.Add(string.Join(" · ", skills));
        }
        if (Headlines.Direction(facts) is { } direction)
        {
            parts.Add(char.ToUpperInvariant(direction[0]) + direction[1..]);
        }
        return TextFit.Fit(string.Join(" | ", parts), LinkedInLimits.Headline);
    }

    private static string About(ProfileFacts facts)
    {
        var about = new StringBuilder(CvBuilder.Summary(facts));
        var achievements = facts.Jobs.SelectMany(j => j.Achievements).Take(MaxAchievementsInAbout).ToList();
        if (achievements.Count > 0)
        {
            about.Append("\n\nWhat I have done:");
            foreach (var achievement in achievements)
            {
                about.Append("\n• ").Append(achievement);
            }
        }
        if (!string.IsNullOrWhiteSpace(facts.Profile.CareerGoals))
        {
            about.Append("\n\nWhat I am working towards: ").Append(facts.Profile.CareerGoals.Trim());
        }
        if (facts.Profile.Languages.Count > 0)
        {
            about.Append("\n\nLanguages: ").Append(string.Join(", ", facts.Profile.Languages.Select(l => $"{l.Language} ({l.Proficiency})"))).Append('.');
        }
        if (facts.Destinations.Count > 0)
        {
            about.Append("\n\nOpen to work in: ").Append(string.Join("; ", facts.Destinations.Select(d => d.Text))).Append('.');
        }
        return TextFit.Fit(about.ToString(), LinkedInLimits.About);
    }

    private static LinkedInPosition Position(JobExperience job)
    {
        var lines = new List<string>();
        if (!string.IsNullOrWhiteSpace(job.Description))
        {
            lines.Add(job.Description.Trim());
        }
        lines.AddRange(job.Achievements.Select(a => "• " + a));
        if (job.SkillsUsed.Count > 0)
        {
            lines.Add("Skills: " + string.Join(", ", job.SkillsUsed));
        }
        var description = lines.Count > 0 ? string.Join('\n', lines) : $"{job.Position} at {job.CompanyName}.";

        return new LinkedInPosition
        {
            Title = TextFit.Fit(job.Position, LinkedInLimits.PositionTitle),
            Company = job.CompanyName,
            Location = job.Location,
            StartDate = job.StartDate,
            EndDate = job.IsCurrent ? null : job.EndDate,
            IsCurrent = job.IsCurrent,
            Description = TextFit.Fit(description, LinkedInLimits.PositionDescription),
        };
    }
}
