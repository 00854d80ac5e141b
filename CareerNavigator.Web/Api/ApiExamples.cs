using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Api.Admin;
using CareerNavigator.Web.Api.Applications;
using CareerNavigator.Web.Api.Occupations;
using CareerNavigator.Web.Api.Products;
using CareerNavigator.Web.Api.Profile;
using CareerNavigator.Web.Api.Records;

namespace CareerNavigator.Web.Api;

/// <summary>The examples in the OpenAPI document: realistic values a reader can copy.</summary>
public static class ApiExamples
{
    private static readonly DateTime Updated = new(2026, 11, 20, 9, 30, 0, DateTimeKind.Utc);

    public static readonly ProfileResource Profile = new()
    {
        CareerGoals = "Move from support into product management within two years.",
        ShortTermGoals = "Finish a product management course.",
        LongTermGoals = "Lead a product team.",
        LinkedinProfileUrl = "https://www.linkedin.com/in/ana-example",
        Age = 31, BirthCountry = "Portugal", BirthCity = "Porto", CurrentLocation = "Lisbon, Portugal",
        DesiredJobLocations = ["Lisbon", "Remote"],
        Languages = [new LanguageSkill("Portuguese", "native"), new LanguageSkill("English", "C1")],
        UpdatedAt = Updated,
    };

    public static readonly ContactResource Contact = new()
    {
        FullName = "Ana Example", Headline = "Customer support lead moving into product management",
        Summary = "Six years of customer support for B2B software; I turn what customers say into product decisions.",
        Phone = "+351 912 345 678", PublicEmail = "ana@example.org",
        Links = [new ProfileLink("Portfolio", "https://ana.example.org"), new ProfileLink("GitHub", "https://github.com/ana-example")],
        UpdatedAt = Updated,
    };

    public static readonly ApplicationResource Application = new()
    {
        Id = 12, Company = "Contoso Health", Role = "Product Analyst", Location = "Lisbon (hybrid)",
        Link = "https://jobs.example.org/contoso/product-analyst", Deadline = new DateOnly(2026, 12, 18),
        AdvertText = "Product Analyst. You must have 3+ years of experience with SQL and product analytics. Fluent English is essential; Portuguese is nice to have.",
        Status = ApplicationStatus.Applied, StatusChangedAt = Updated, Notes = "Referred by a former colleague.",
        Contacts = [new ApplicationContact("Marta Silva", "Recruiter", "marta.silva@example.org", "+351 912 000 111")],
        NextAction = "Send the portfolio link", NextActionDate = new DateOnly(2026, 11, 24), RemindByEmail = true,
        StatusHistory = [new StatusHistoryEntry(null, ApplicationStatus.Saved, Updated.AddDays(-3)), new StatusHistoryEntry(ApplicationStatus.Saved, ApplicationStatus.Applied, Updated)],
        CreatedAt = Updated.AddDays(-3), UpdatedAt = Updated,
    };

    public static readonly ApplicationListItem ApplicationItem = new(12, "Contoso Health", "Product Analyst", "Lisbon (hybrid)",
        ApplicationStatus.Applied, new DateOnly(2026, 12, 18), "Send the portfolio link", new DateOnly(2026, 11, 24), true, Updated, Updated);

    public static readonly JobResource Job = new()
    {
        Id = 42, CompanyName = "Northwind Traders", Position = "Customer Support Lead",
        Description = "Led a team of six handling B2B support.", StartDate = new DateOnly(2021, 3, 1), IsCurrent = true,
        Location = "Lisbon", Achievements = ["Cut first-response time from 9 to 2 hours"], SkillsUsed = ["Zendesk", "SQL"],
        UpdatedAt = Updated,
    };

    public static readonly CourseResource Course = new()
    {
        Id = 7, CourseName = "Product Management Fundamentals", Provider = "Coursera", CompletionDate = new DateOnly(2025, 6, 30),
        CertificateUrl = "https://www.coursera.org/verify/EXAMPLE", SkillsLearned = ["Roadmapping", "User research"],
        DurationHours = 40, UpdatedAt = Updated,
    };

    public static readonly EducationResource Education = new()
    {
        Id = 3, InstitutionName = "University of Porto", Degree = "BSc", FieldOfStudy = "Economics",
        StartDate = new DateOnly(2012, 9, 1), EndDate = new DateOnly(2015, 7, 15), Gpa = 15.5, GpaScale = 20,
        Location = "Porto", UpdatedAt = Updated,
    };

    public static readonly ProductTypeResource ProductType =
        new("cv", "CV", "A clear, well-structured CV built from your own experience.", 2, Updated, 3);

    public static readonly VersionSummaryResource VersionSummary = new(118, "cv", 3, false, Updated, "built-in");

    public static readonly VersionResource Version = new(118, "cv", 3, false, Updated, "built-in", "built-in generator, inputs: profile, 2 jobs, 1 course",
        JsonDocument.Parse("""{"name":"Ana Example","headline":"Customer Support Lead","experience":[{"company":"Northwind Traders","position":"Customer Support Lead"}]}""").RootElement.Clone());

    public static readonly AdminUserResource AdminUser = new(1207, "ana@example.org", "ana", "experienced_changing",
        new DateTime(2026, 3, 2, 14, 5, 0, DateTimeKind.Utc), Updated, OnboardingComplete: true, HasActiveCv: true, Disabled: false);

    public static readonly AdminUserPageResource AdminUserPage = new([AdminUser], "MHwxMjA3fDYzODc2NTQzMjEwMDAwMDAwMA", Note: null,
        new AdminUserCountResource(1, "exact"));

    public static readonly AdminUserRecordResource AdminUserRecord = new(
        new AdminAccountResource(1207, "ana@example.org", EmailConfirmed: true, "ana", "experienced_changing", [], Disabled: false,
            new DateTime(2026, 3, 2, 14, 5, 0, DateTimeKind.Utc), Updated),
        Profile,
        new AdminOnboardingResource("done", Updated, YearsOfPaidWork: 8, ChangingField: true, HasClearGoal: true, "experienced_changing",
            "Product management", "Wants to build the product, not only support it.", ["Product", "UX research"]),
        [Job], [Course], [Education], [VersionSummary], ApplicationCount: 3);

    private const string Esco = "http://data.europa.eu/esco/";

    public static readonly OccupationSearchResource OccupationSearch = new(
    [
        new(1733, Esco + "occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1", "software developer", "2512", 0.87),
        new(2391, Esco + "occupation/c40a2919-48a9-40ea-b506-1f34f693496d", "web developer", "2513", 0.52),
    ]);

    public static readonly OccupationResource Occupation = new(1733, Esco + "occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1",
        "software developer", "2512", "Software developers",
        "Software developers implement or program all kinds of software systems based on specifications and designs by using programming languages, tools, and platforms.",
        ["software engineer", "programmer", "application developer"], Obsolete: false,
        [
            new(Esco + "skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97", "computer programming", "knowledge"),
            new(Esco + "skill/2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1", "debug software", "skill"),
        ],
        [
            new(Esco + "skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742", "SQL", "knowledge"),
            new(Esco + "skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7", "JavaScript", "knowledge"),
        ]);

    public static readonly SkillGapsResource SkillGaps = new(
        new OccupationSummaryResource(412, Esco + "occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50", "nurse responsible for general care", "2221"),
        EssentialShown: 1, EssentialTotal: 88,
        [
            new(Esco + "skill/f7464f30-662b-4177-85a0-3df9693e9e58", "first aid", "knowledge", Essential: true, Confirmed: null,
                [new SkillEvidenceResource("Course 1 (First Aid at Work): name", "first aid", ["First", "Aid"])]),
        ],
        [
            new(Esco + "skill/6acf652c-33b2-4e28-8f79-1e553f255229", "plan nursing care", "skill", Essential: true, Confirmed: null, []),
            new(Esco + "skill/6d13053b-ee35-492c-8976-8178420df398", "infection control", "knowledge", Essential: true, Confirmed: null, []),
        ]);
}
