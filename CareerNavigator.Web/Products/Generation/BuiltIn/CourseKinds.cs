using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// What kind of learning closes a gap skill and who offers it, from ESCO's skill type (knowledge is studied; a skill or
/// competence is practised), its reuse level (how far beyond one occupation it carries) and the occupation's ISCO skill
/// level (professions learn at universities and professional bodies, trades at vocational schools). Providers are kinds,
/// never names: nothing here can be an invented course or school.
/// </summary>
internal static class CourseKinds
{
    private static readonly string[] Practice = ["adult-education centres", "the public employment service's training offers"];
    private static readonly string[] Professional = ["universities' continuing-education units", "the professional association's courses and workshops"];
    private static readonly string[] OccupationStudies = ["vocational colleges and universities that teach the occupation", "the professional association's continuing-education courses"];
    private static readonly string[] SectorStudies = ["colleges and universities' continuing-education units", "the sector's training bodies and associations"];
    private static readonly string[] OpenStudies = ["MOOC platforms with graded exercises", "adult-education centres and university extension programmes"];
    private static readonly string[] Apprenticeship = ["vocational training centres", "employers' apprenticeship and trainee programmes"];
    private static readonly string[] SectorPractice = ["vocational training centres", "the sector's training bodies and associations"];
    private static readonly string[] OpenPractice = ["adult-education centres", "MOOC platforms with hands-on exercises"];

    /// <summary>Every kind of provider a gap-skill course may name.</summary>
    public static IReadOnlySet<string> AllProviderKinds { get; } =
        new HashSet<string>([.. Practice, .. Professional, .. OccupationStudies, .. SectorStudies, .. OpenStudies, .. Apprenticeship, .. SectorPractice, .. OpenPractice]);

    public static (string Kind, string[] Providers, CourseLevel Level, bool WorthACourse) For(SkillRef skill, string iscoGroup) =>
        CareerSteps.SkillLevel(iscoGroup) >= 3 && skill.ReuseLevel is "occupation-specific" or "sector-specific"
            ? (skill.IsKnowledge ? "university or professional-body course" : "professional workshop or supervised practice",
                Professional, CourseLevel.Intermediate, true)
            : ForAnyLevel(skill);

    private static (string Kind, string[] Providers, CourseLevel Level, bool WorthACourse) ForAnyLevel(SkillRef skill) =>
        (skill.IsKnowledge, skill.ReuseLevel) switch
        {
            (_, "transversal") => ("practice at work, in volunteering or in a short workshop",
                Practice, CourseLevel.Beginner, false),
            (true, "occupation-specific") => ("module of a vocational or degree programme in the field",
                OccupationStudies, CourseLevel.Intermediate, true),
            (true, "sector-specific") => ("course at a college or a sector training body",
                SectorStudies, CourseLevel.Intermediate, true),
            (true, _) => ("online or evening course",
                OpenStudies, CourseLevel.Beginner, true),
            (false, "occupation-specific") => ("supervised practice: apprenticeship, traineeship or a practical module",
                Apprenticeship, CourseLevel.Intermediate, true),
            (false, "sector-specific") => ("hands-on course or workshop in the sector",
                SectorPractice, CourseLevel.Intermediate, true),
            (false, _) => ("short practical course",
                OpenPractice, CourseLevel.Beginner, true),
        };
}
