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
    public static (string Kind, string[] Providers, CourseLevel Level, bool WorthACourse) For(SkillRef skill, string iscoGroup) =>
        CareerSteps.SkillLevel(iscoGroup) >= 3 && skill.ReuseLevel is "occupation-specific" or "sector-specific"
            ? (skill.IsKnowledge ? "university or professional-body course" : "professional workshop or supervised practice",
                ["universities' continuing-education units", "the professional association's courses and workshops"], CourseLevel.Intermediate, true)
            : ForAnyLevel(skill);

    private static (string Kind, string[] Providers, CourseLevel Level, bool WorthACourse) ForAnyLevel(SkillRef skill) =>
        (skill.IsKnowledge, skill.ReuseLevel) switch
        {
            (_, "transversal") => ("practice at work, in volunteering or in a short workshop",
                ["adult-education centres", "the public employment service's training offers"], CourseLevel.Beginner, false),
            (true, "occupation-specific") => ("module of a vocational or degree programme in the field",
                ["vocational colleges and universities that teach the occupation", "the professional association's continuing-education courses"], CourseLevel.Intermediate, true),
            (true, "sector-specific") => ("course at a college or a sector training body",
                ["colleges and universities' continuing-education units", "the sector's training bodies and associations"], CourseLevel.Intermediate, true),
            (true, _) => ("online or evening course",
                ["MOOC platforms with graded exercises", "adult-education centres and university extension programmes"], CourseLevel.Beginner, true),
            (false, "occupation-specific") => ("supervised practice: apprenticeship, traineeship or a practical module",
                ["vocational training centres", "employers' apprenticeship and trainee programmes"], CourseLevel.Intermediate, true),
            (false, "sector-specific") => ("hands-on course or workshop in the sector",
                ["vocational training centres", "the sector's training bodies and associations"], CourseLevel.Intermediate, true),
            (false, _) => ("short practical course",
                ["adult-education centres", "MOOC platforms with hands-on exercises"], CourseLevel.Beginner, true),
        };
}
