using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Applications.Matching.Profile;

/// <summary>
/// One user's records as stored, everything an advert is matched against: jobs, courses, education, languages, the
/// profile's own skills and their answers about ESCO skills (by skill URI: true they have it, false they do not).
/// </summary>
public sealed record ProfileRecords(
    IReadOnlyList<JobExperience> Jobs,
    IReadOnlyList<Course> Courses,
    IReadOnlyList<AcademicRecord> Education,
    IReadOnlyList<LanguageSkill> Languages,
    IReadOnlyList<UserSkill> Skills,
    IReadOnlyDictionary<string, bool> SkillAnswers)
{
    public static readonly ProfileRecords Empty = new([], [], [], [], [], new Dictionary<string, bool>());
}
