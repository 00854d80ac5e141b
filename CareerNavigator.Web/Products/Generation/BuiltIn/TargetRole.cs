using CareerNavigator.Web.Occupations.Targets;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// A skill of the target occupation as the built-in generator uses it: ESCO's label and essential mark, whether the
/// user shows it (with the words of their records that show it), and the kind of course that teaches it.
/// </summary>
/// <param name="Uri">The ESCO skill; null for a licence exam, which ESCO does not list as a skill.</param>
/// <param name="EvidenceWords">The words of the user's records that show the skill; empty when they confirmed it themselves or do not show it.</param>
/// <param name="WorthACourse">False for transversal skills ("think critically"), which grow with practice rather than in a course.</param>
internal sealed record TypicalSkill(
    string Name, string? Uri, bool Essential, bool Shown, IReadOnlyList<string> EvidenceWords,
    string CourseTopic, string CourseKind, string[] ProviderKinds, CourseLevel Level, bool WorthACourse = true);

/// <summary>
/// The occupation a user's products aim at, in the shape the built-in generator writes with. Every field has a source:
/// the name, skills and essential marks from ESCO; entry and next titles from the related occupations and ISCO skill
/// levels (<see cref="CareerSteps"/>); course kinds from ESCO's skill type and reuse level (<see cref="CourseKinds"/>);
/// employer kinds from the ISCO group (<see cref="EmployerKinds"/>); the licence from ESCO's regulated mark or the
/// table of commonly licensed professions (<see cref="LicensedProfessions"/>), named in <see cref="RegulatedBy"/>.
/// </summary>
/// <param name="Field">The work in running text: "software developer work".</param>
/// <param name="Skills">The essential skills, in the gap report's order (shown ones too).</param>
/// <param name="RegulatedBy">Which source says the profession is licensed; null when neither does.</param>
internal sealed record TargetRole(
    string Name,
    string Field,
    TypicalSkill[] Skills,
    string[] EntryTitles,
    string[] NextTitles,
    TypicalSkill? Prerequisite,
    string? RegulatedBy,
    Sector[] Sectors,
    CareerTarget Source)
{
    public bool Regulated => RegulatedBy is not null;
}
