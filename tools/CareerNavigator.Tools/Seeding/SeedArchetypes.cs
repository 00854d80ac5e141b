using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.PossibleJobs;

namespace CareerNavigator.Tools.Seeding;

/// <summary>
/// A few dozen complete career profiles (jobs, courses, education) and the documents the built-in generator makes
/// from each. Every seeded user takes one archetype's records and documents under their own name, email and dates,
/// so each seeded document is exactly what the generator gives for that user's records.
/// </summary>
internal sealed record SeedArchetype(
    UserGroup Group,
    UserProfile Profile,
    IReadOnlyList<JobExperience> Jobs,
    IReadOnlyList<Course> Courses,
    IReadOnlyList<AcademicRecord> Education,
    IReadOnlyDictionary<ProductType, (string Content, string Prompt)> Documents);

internal static class SeedArchetypes
{
    public static readonly ProductType[] SeededTypes = [CvDescriptor.Kind, CareerPlan1YDescriptor.Kind, PossibleJobsDescriptor.Kind];

    private static readonly (string Role, string Field, string[] Skills)[] Careers =
    [
        ("Software Engineer", "Computer Science", ["C#", "SQL", "Azure", "Testing"]),
        ("Data Analyst", "Statistics", ["SQL", "Python", "Power BI", "Excel"]),
        ("Nurse", "Nursing", ["Patient care", "Triage", "Medication safety"]),
        ("Accountant", "Accounting", ["IFRS", "Excel", "Audit", "Tax"]),
        ("Marketing Specialist", "Marketing", ["SEO", "Content", "Analytics", "Campaigns"]),
        ("Project Manager", "Business Administration", ["Planning", "Stakeholders", "Risk", "Agile"]),
        ("Teacher", "Education", ["Curriculum", "Classroom management", "Assessment"]),
        ("Mechanical Engineer", "Mechanical Engineering", ["CAD", "Thermodynamics", "Prototyping"]),
    ];

    private static readonly string[] Companies = ["Northwind Traders", "Contoso Ltd", "Fabrikam", "Adventure Works", "Tailspin Toys", "Litware Inc", "Wide World Importers", "Proseware"];
    private static readonly string[] Cities = ["Lisbon, Portugal", "Berlin, Germany", "Warsaw, Poland", "Madrid, Spain", "Lagos, Nigeria", "Manila, Philippines", "Toronto, Canada", "Dublin, Ireland"];
    private static readonly string[] Universities = ["University of Lisbon", "Humboldt University of Berlin", "University of Warsaw", "Complutense University of Madrid", "University of Lagos"];

    public static async Task<IReadOnlyList<SeedArchetype>> BuildAsync(int count)
    {
        var generator = new BuiltInProductGenerator();
        var archetypes = new List<SeedArchetype>(count);
        for (var i = 0; i < count; i++)
        {
            var group = (UserGroup)(i % 4);
            var career = Careers[i % Careers.Length];
            var experienced = group is UserGroup.ExperiencedContinuing or UserGroup.ExperiencedChanging;
            var city = Cities[i % Cities.Length];
            var profile = new UserProfile
            {
                // A CV needs a name: the archetype's, which its users' seeded CVs carry (the admin grid reads emails).
                FullName = $"{Capitalised(SeedPeople.FirstNames[i % SeedPeople.FirstNames.Length])} {Capitalised(SeedPeople.LastNames[i % SeedPeople.LastNames.Length])}",
                CareerGoals = $"Grow as a {career.Role} and take on more responsibility.",
                ShortTermGoals = $"Strengthen {career.Skills[0]} and {career.Skills[1]} this year.",
                LongTermGoals = $"Lead a team of {career.Role.ToLowerInvariant()}s.",
                Age = 22 + i % 30,
                BirthCountry = city.Split(", ")[1],
                BirthCity = city.Split(", ")[0],
                CurrentLocation = city,
                DesiredJobLocations = [city, Cities[(i + 3) % Cities.Length]],
                Languages = [new LanguageSkill("English", "C1"), new LanguageSkill("Spanish", "B1")],
                Culture = "Collaborative, direct feedback",
            };
            var jobs = Enumerable.Range(0, experienced ? 1 + i % 3 : i % 2).Select(j => new JobExperience
            {
                CompanyName = Companies[(i + j) % Companies.Length],
                Position = j == 0 ? career.Role : "Junior " + career.Role,
                Description = $"Worked on {career.Skills[j % career.Skills.Length]} for internal and external clients.",
                StartDate = new DateOnly(2022 - 3 * j, 1 + (i + j) % 12, 1),
                EndDate = j == 0 ? null : new DateOnly(2022 - 3 * j + 3, 1 + (i + j) % 12, 1),
                IsCurrent = j == 0,
                Location = city,
                Achievements = [$"Delivered a {career.Skills[0]} project on time", "Mentored two colleagues"],
                SkillsUsed = [.. career.Skills.Take(3)],
            }).ToList();
            var courses = Enumerable.Range(0, i % 3 == 0 ? 2 : 1).Select(c => new Course
            {
                CourseName = $"{career.Skills[c % career.Skills.Length]} fundamentals",
                Provider = c % 2 == 0 ? "Coursera" : "edX",
                CompletionDate = new DateOnly(2023, 1 + c * 3, 15),
                DurationHours = 20 + 10 * c,
                SkillsLearned = [career.Skills[c % career.Skills.Length]],
            }).ToList();
            var education = new List<AcademicRecord>
            {
                new()
                {
                    InstitutionName = Universities[i % Universities.Length],
                    Degree = i % 3 == 0 ? "MSc" : "BSc",
                    FieldOfStudy = career.Field,
                    StartDate = new DateOnly(2012 + i % 6, 9, 1),
                    EndDate = new DateOnly(2015 + i % 6, 7, 1),
                    Location = city,
                },
            };

            var input = new GenerationInput(0, group, profile, jobs, courses, education);
            var documents = new Dictionary<ProductType, (string, string)>();
            foreach (var type in SeededTypes)
            {
                var result = await generator.GenerateAsync(input, type, null, CancellationToken.None);
                documents[type] = (ProductCatalog.Default.For(type).Serialize(result.Content), result.PromptUsed);
            }
            archetypes.Add(new SeedArchetype(group, profile, jobs, courses, education, documents));
        }
        return archetypes;
    }

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
