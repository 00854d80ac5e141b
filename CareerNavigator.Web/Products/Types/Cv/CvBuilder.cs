using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Types.Cv;

/// <summary>A CV of the user's own records, in the section order that serves their group best.</summary>
internal static class CvBuilder
{
    private const int MaxSkills = 24;

    public static CvContent Build(ProfileFacts facts)
    {
        RequireRecords(facts, "A CV");
        var cv = new CvContent
        {
            Header = Header(facts.Input) with { Headline = facts.Profile.Headline ?? Headlines.Headline(facts) },
            Summary = facts.Profile.Summary ?? Summary(facts),
            SectionOrder = SectionOrder(facts.Group),
            Experience = [.. facts.Jobs.Select(Experience)],
            Education = [.. facts.Education.Select(Education)],
            Certifications = [.. facts.Courses.Select(Certification)],
            Skills = [.. OrderedSkills(facts).Take(MaxSkills)],
            Languages = Languages(facts),
        };
        // Written for an application ("Tailor my CV to this advert"): the same records, shaped for its advert.
        return facts.Input.Application is { } application ? CvTailoring.Tailor(cv, application) : cv;
    }

    /// <summary>Why a CV cannot be made for this profile yet, in words for the user; null when it can.</summary>
    public static string? MissingFromProfile(UserProfile profile) => string.IsNullOrWhiteSpace(profile.FullName)
        ? "A CV starts with your name, and your profile doesn't have one yet. Add your name, then generate again."
        : null;

    /// <summary>
    /// The CV's header as the profile states it (the headline is the profile's own, or a line for the model or the
    /// builder to write). Throws when the profile has no name: a CV never carries a guessed or placeholder one.
    /// </summary>
    public static CvHeader Header(GenerationInput input)
    {
        var profile = input.Profile;
        if (MissingFromProfile(profile) is { } missing)
        {
            throw new GenerationFailedException(missing);
        }
        return new CvHeader
        {
            Name = profile.FullName!.Trim(),
            Headline = profile.Headline ?? "",
            Location = profile.CurrentLocation,
            Email = profile.PublicEmail ?? profile.User?.Email,
            Phone = profile.Phone,
            LinkedinUrl = profile.LinkedinProfileUrl,
            Links = [.. profile.Links.Select(l => new CvLink { Label = l.Label, Url = l.Url })],
        };
    }

    /// <summary>CV-like products are made of records; without any there is nothing honest to write.</summary>
    public static void RequireRecords(ProfileFacts facts, string product)
    {
        if (facts.Jobs.Count + facts.Education.Count + facts.Courses.Count == 0)
        {
            throw new GenerationFailedException(
                $"{product} needs at least one job, course or education record. Add them to your profile, then generate again.");
        }
    }

    public static IReadOnlyList<SpokenLanguage> Languages(ProfileFacts facts) =>
        [.. facts.Profile.Languages.Select(l => new SpokenLanguage { Language = l.Language, Proficiency = l.Proficiency })];

    public static IReadOnlyList<CvSection> SectionOrder(UserGroup group) => group switch
    {
        UserGroup.ExperiencedContinuing => [CvSection.Experience, CvSection.Skills, CvSection.Certifications, CvSection.Education, CvSection.Languages],
        UserGroup.ExperiencedChanging => [CvSection.Skills, CvSection.Certifications, CvSection.Experience, CvSection.Education, CvSection.Languages],
        UserGroup.InexperiencedWithGoal => [CvSection.Education, CvSection.Certifications, CvSection.Experience, CvSection.Skills, CvSection.Languages],
        _ => [CvSection.Education, CvSection.Experience, CvSection.Skills, CvSection.Certifications, CvSection.Languages],
    };

    /// <summary>A few sentences made only of the records' own facts, led by what matters for the group.</summary>
    public static string Summary(ProfileFacts facts)
    {
        var sentences = new List<string>();
        var job = facts.CurrentJob ?? facts.LatestJob;
        var since = facts.FirstWorkYear is { } year ? $", with experience since {year}" : "";
        var direction = Headlines.Direction(facts);

        switch (facts.Group)
        {
            case UserGroup.ExperiencedContinuing or UserGroup.ExperiencedChanging when job is not null:
                sentences.Add($"{job.Position} at {job.CompanyName}{since}{(direction is null ? "" : $", {direction}")}.");
                break;
            case UserGroup.InexperiencedWithGoal or UserGroup.InexperiencedNoGoal when facts.LatestEducation is { } study:
                sentences.Add($"{Headlines.StudyName(study)}{(direction is null ? "" : $", {direction}")}.");
                if (job is not null)
                {
                    sentences.Add($"Hands-on experience as {job.Position} at {job.CompanyName}.");
                }
                break;
            default:
                sentences.Add($"{Headlines.Identity(facts)}{(direction is null ? "" : $", {direction}")}.");
                break;
        }

        var strengths = OrderedSkills(facts).Take(5).ToList();
        if (strengths.Count > 0)
        {
            var label = facts.Group == UserGroup.ExperiencedChanging ? "Transferable and new skills" : "Strengths";
            sentences.Add($"{label}: {TextFit.JoinAnd(strengths)}.");
        }

        if (job?.Achievements.FirstOrDefault() is { } achievement)
        {
            sentences.Add($"Recent result: {TextFit.LowerFirst(achievement.TrimEnd('.'))}.");
        }

        if (facts.Group == UserGroup.ExperiencedChanging && facts.Courses.Count > 0)
        {
            sentences.Add($"Retraining through {TextFit.JoinAnd(facts.Courses.Take(3).Select(c => c.CourseName))}.");
        }
        return string.Join(' ', sentences);
    }

    /// <summary>
    /// The user's skills in record order (current job first); for those moving into a new field or starting
    /// out towards one, the skills the target role asks for come first.
    /// </summary>
    public static IEnumerable<string> OrderedSkills(ProfileFacts facts)
    {
        if (facts.Role is null || facts.Group is not (UserGroup.ExperiencedChanging or UserGroup.InexperiencedWithGoal))
        {
            return facts.Skills;
        }
        // A skill the user listed is relevant when its words are the evidence of an essential skill of the target occupation.
        var relevant = facts.Skills.Where(s => facts.Role.Skills.Any(t => t.EvidenceWords.Any(w => s.Contains(w, StringComparison.OrdinalIgnoreCase)))).ToList();
        return relevant.Concat(facts.Skills.Except(relevant));
    }

    private static CvExperience Experience(JobExperience job) => new()
    {
        Position = job.Position,
        Employer = job.CompanyName,
        Location = job.Location,
        StartDate = job.StartDate,
        // A current job has no end date, even when an imported record carries one.
        EndDate = job.IsCurrent ? null : job.EndDate,
        StartPrecision = job.StartDatePrecision,
        EndPrecision = job.IsCurrent || job.EndDate is null ? null : job.EndDatePrecision,
        IsCurrent = job.IsCurrent,
        Description = job.Description,
        Achievements = [.. job.Achievements],
        Skills = [.. job.SkillsUsed],
    };

    private static CvEducation Education(AcademicRecord study) => new()
    {
        Institution = study.InstitutionName,
        Degree = study.Degree,
        FieldOfStudy = study.FieldOfStudy,
        StartDate = study.StartDate,
        EndDate = study.EndDate,
        StartPrecision = study.StartDate is null ? null : study.StartDatePrecision,
        EndPrecision = study.EndDate is null ? null : study.EndDatePrecision,
        Location = study.Location,
        Gpa = study.Gpa,
        Honors = study.Honors,
        Description = study.Description,
    };

    private static CvCertification Certification(Course course) => new()
    {
        Name = course.CourseName,
        Issuer = course.Institution ?? course.Provider,
        CompletedOn = course.CompletionDate,
        CompletedPrecision = course.CompletionDate is null ? null : course.CompletionDatePrecision,
        DurationHours = course.DurationHours,
        CertificateUrl = course.CertificateUrl,
    };
}
