using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Api.Admin;
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
        [Job], [Course], [Education], [VersionSummary]);
}
