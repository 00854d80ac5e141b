using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Web.Products.Types.SuggestedCourses;

/// <summary>
/// Course topics that close named gaps: one per missing essential skill of the target occupation that a course can
/// teach (in the gap report's order, up to <see cref="MaxCourses"/>), its licence, and the languages of the places the
/// user wants to move to.
/// </summary>
internal static class CourseSuggester
{
    private const int MaxCourses = 10;
    private static readonly string[] LanguageProviders = ["language schools that prepare for recognised exams", "universities' language centres", "the country's cultural institute abroad"];

    public static SuggestedCoursesContent Build(ProfileFacts facts)
    {
        var courses = new List<SuggestedCourse>();
        var words = new PlanWords(facts);

        if (facts.Group == UserGroup.InexperiencedNoGoal)
        {
            foreach (var role in facts.Roles)
            {
                if (role.Skills.FirstOrDefault(s => !s.Shown && s.WorthACourse) is { } first)
                {
                    courses.Add(Course(first, $"First-hand experience of {role.Field}",
                        $"Your goals mention {role.Field}; ESCO lists {TextFit.LowerFirst(first.Name)} as essential for it. A short course shows whether you enjoy the work before you commit to it."));
                }
            }
        }
        else if (facts.Role is { } role)
        {
            if (words.Prerequisite is not null && role.Prerequisite is { } exam)
            {
                courses.Add(Course(exam, exam.Name, $"{role.Name}: {role.RegulatedBy}, so you need {TextFit.LowerFirst(exam.Name)} before you can practise; a review course is the usual preparation."));
            }
            courses.AddRange(facts.Gaps.Where(gap => gap.WorthACourse).Select(gap => Course(gap, gap.Name,
                $"ESCO lists {TextFit.LowerFirst(gap.Name)} as essential for {TextFit.LowerFirst(role.Name)}, and your jobs, courses and skills do not show it yet.")));
        }

        courses.AddRange(LanguageCourses(facts));

        if (courses.Count == 0)
        {
            courses.Add(new SuggestedCourse
            {
                Topic = "Career direction and self-assessment",
                Gap = "A clear target role",
                Reason = "No target occupation is chosen and your goals name none, so there are no skill gaps to list; a guidance session helps you name one. You can also pick an occupation on the Occupations page.",
                Kind = "workshop or one-to-one guidance",
                ProviderKinds = ["the public employment service's career guidance", "university or college careers services"],
                Level = CourseLevel.Beginner,
                EstimatedHours = 6,
            });
        }

        var target = facts.Group == UserGroup.InexperiencedNoGoal ? $"the options you are exploring ({words.Options})" : words.Field;
        return new SuggestedCoursesContent
        {
            Summary = $"Course topics that close the gaps between your profile and {target}. They describe what to learn and where such courses are offered; pick providers you can verify.",
            Courses = [.. courses.DistinctBy(c => c.Topic).Take(MaxCourses)],
        };
    }

    private static IEnumerable<SuggestedCourse> LanguageCourses(ProfileFacts facts)
    {
        foreach (var place in facts.AbroadDestinations)
        {
            foreach (var language in place.Country!.Languages)
            {
                var level = LanguageReadiness.Level(facts.Profile.Languages, language);
                if (LanguageReadiness.IsWorkReady(level))
                {
                    if (facts.Role is { Regulated: true } role)
                    {
                        yield return new SuggestedCourse
                        {
                            Topic = $"Preparation for a recognised {language} test for {role.Field} registration",
                            Gap = $"{("AEIOU".Contains(language[0]) ? "An" : "A")} {language} test score accepted for registration in {place.Country.InText}",
                            Reason = $"You speak {language} at {level}, but regulated professions abroad usually ask for a recognised test result with minimum scores; check which test is accepted in {place.Country.InText}.",
                            Kind = "exam preparation course with practice tests",
                            ProviderKinds = ["the test owners' official preparation materials", .. LanguageProviders[..1]],
                            Level = CourseLevel.Advanced,
                            EstimatedHours = 30,
                        };
                    }
                    continue;
                }
                yield return new SuggestedCourse
                {
                    Topic = $"{language} for work, towards B2 or higher",
                    Gap = $"{language} for work in {place.Text}",
                    Reason = level is null
                        ? $"Most jobs in {place.Country.InText} are done in {language}, which is not among your languages."
                        : $"Most jobs in {place.Country.InText} are done in {language}; you listed {level}, and B2 is the usual minimum for work.",
                    Kind = "language course with a recognised exam at the end",
                    ProviderKinds = LanguageProviders,
                    Level = level is null or "A1" or "A2" ? CourseLevel.Beginner : CourseLevel.Intermediate,
                    EstimatedHours = null,
                };
            }
        }
    }

    private static SuggestedCourse Course(TypicalSkill skill, string gap, string reason) => new()
    {
        Topic = skill.CourseTopic,
        Gap = gap,
        Reason = reason,
        Kind = skill.CourseKind,
        ProviderKinds = skill.ProviderKinds,
        Level = skill.Level,
        // ESCO gives no study hours, and a guess would read as a fact.
        EstimatedHours = null,
    };
}
