using System.Text.Json.Nodes;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.LinkedInExport;
using CareerNavigator.Web.Products.Types.PossibleCompanies;
using CareerNavigator.Web.Products.Types.PossibleJobs;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Tests.Products.Generation;

public sealed class ProductContentRulesTests
{
    private readonly ProductContentRules _rules = new();

    /// <summary>What the rules say about content arriving as JSON (a model's answer, an API client).</summary>
    private IReadOnlyList<string> Problems(ProductType type, string json) => _rules.Read(type, json).Problems;

    [Fact]
    public void Valid_content_has_no_problems()
    {
        Assert.Empty(Problems(ProductType.LinkedInExport, ProductJson.Serialize(LinkedIn())));
        Assert.Empty(Problems(ProductType.Cv, ProductJson.Serialize(Cv())));
        Assert.Empty(Problems(ProductType.CareerPlan1Y, ProductJson.Serialize(Plan(1, 4))));
        Assert.Empty(Problems(ProductType.CareerPlan5Y, ProductJson.Serialize(Plan(5, 5))));
    }

    [Fact]
    public void Each_product_type_has_its_content_record()
    {
        Assert.Equal(typeof(CvContent), _rules.ContentType(ProductType.Cv));
        Assert.Equal(typeof(LinkedInContent), _rules.ContentType(ProductType.LinkedInExport));
        Assert.All([ProductType.CareerPlan1Y, ProductType.CareerPlan3Y, ProductType.CareerPlan5Y],
            type => Assert.Equal(typeof(CareerPlanContent), _rules.ContentType(type)));
        Assert.Equal(typeof(SuggestedCoursesContent), _rules.ContentType(ProductType.SuggestedCourses));
        Assert.Equal(typeof(PossibleJobsContent), _rules.ContentType(ProductType.PossibleJobs));
        Assert.Equal(typeof(PossibleCompaniesContent), _rules.ContentType(ProductType.PossibleCompanies));
        Assert.Equal(typeof(RelocationHelpContent), _rules.ContentType(ProductType.RelocationHelp));
    }

    [Fact]
    public void A_LinkedIn_headline_over_220_characters_is_rejected()
    {
        var problems = Problems(ProductType.LinkedInExport, ProductJson.Serialize(LinkedIn() with { Headline = new string('h', 221) }));

        Assert.Equal("The LinkedIn headline is 221 characters; the limit is 220.", Assert.Single(problems));
    }

    [Fact]
    public void LinkedIn_about_and_experience_descriptions_over_their_limits_are_rejected()
    {
        var content = LinkedIn() with
        {
            About = new string('a', 2_601),
            Experience = [LinkedIn().Experience[0] with { Description = new string('d', 2_001) }],
        };

        var problems = Problems(ProductType.LinkedInExport, ProductJson.Serialize(content));

        Assert.Contains("The LinkedIn About section is 2,601 characters; the limit is 2,600.", problems);
        Assert.Contains("LinkedIn experience 1: the description is 2,001 characters; the limit is 2,000.", problems);
    }

    [Fact]
    public void Malformed_JSON_is_rejected_with_its_position()
    {
        var problem = Assert.Single(Problems(ProductType.Cv, "{\"header\": "));

        Assert.StartsWith("The content is not valid JSON (line 1", problem);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var json = JsonNode.Parse(ProductJson.Serialize(Cv()))!.AsObject();
        json.Remove("summary");

        var problem = Assert.Single(Problems(ProductType.Cv, json.ToJsonString()));

        Assert.Contains("Required field(s) missing", problem);
        Assert.Contains("summary", problem);
        Assert.DoesNotContain("CareerNavigator", problem);
    }

    [Fact]
    public void A_null_where_a_value_is_required_is_rejected()
    {
        var json = JsonNode.Parse(ProductJson.Serialize(Plan(1, 4)))!.AsObject();
        json["summary"] = null;

        var problem = Assert.Single(Problems(ProductType.CareerPlan1Y, json.ToJsonString()));

        Assert.Contains("'summary' must not be null", problem);
    }

    [Fact]
    public void Unknown_fields_and_unknown_enum_values_are_rejected()
    {
        var extra = JsonNode.Parse(ProductJson.Serialize(Cv()))!.AsObject();
        extra["photo"] = "data:image/png;base64,AAAA";
        var badSection = JsonNode.Parse(ProductJson.Serialize(Cv()))!.AsObject();
        badSection["section_order"] = new JsonArray("experience", "hobbies");

        Assert.Contains("Unknown field 'photo'", Assert.Single(Problems(ProductType.Cv, extra.ToJsonString())));
        Assert.Contains("$.section_order", Assert.Single(Problems(ProductType.Cv, badSection.ToJsonString())));
    }

    [Theory]
    [InlineData(ProductType.CareerPlan1Y, 1, 3)]
    [InlineData(ProductType.CareerPlan3Y, 3, 4)]
    [InlineData(ProductType.CareerPlan5Y, 5, 3)]
    public void A_plan_with_the_wrong_number_of_milestones_is_rejected(ProductType type, int years, int milestones)
    {
        var problems = Problems(type, ProductJson.Serialize(Plan(years, milestones)));

        Assert.Contains(problems, p => p.Contains($"needs {(years == 1 ? 4 : years)} milestones"));
    }

    [Fact]
    public void A_plan_for_the_wrong_horizon_or_out_of_order_is_rejected()
    {
        var plan = Plan(5, 5);
        var swapped = plan with { Milestones = [plan.Milestones[1], plan.Milestones[0], .. plan.Milestones.Skip(2)] };

        Assert.Contains(Problems(ProductType.CareerPlan3Y, ProductJson.Serialize(plan)),
            p => p == "The plan covers 5 years but a 3-year plan was asked for.");
        Assert.Contains(Problems(ProductType.CareerPlan5Y, ProductJson.Serialize(swapped)),
            p => p.StartsWith("Milestone 1 is numbered 2"));
    }

    [Fact]
    public void A_cv_without_entries_or_with_impossible_dates_is_rejected()
    {
        var empty = Cv() with { Experience = [], Education = [], Certifications = [] };
        var job = Cv().Experience[0];
        var impossible = Cv() with
        {
            Experience = [job with { StartDate = new DateOnly(2020, 1, 1), EndDate = new DateOnly(2019, 1, 1) }, job with { EndDate = new DateOnly(2024, 1, 1) }],
        };

        Assert.Contains(Problems(ProductType.Cv, ProductJson.Serialize(empty)), p => p.Contains("no experience, education or certifications"));
        var problems = Problems(ProductType.Cv, ProductJson.Serialize(impossible));
        Assert.Contains("Experience entry 1 ends before it starts.", problems);
        Assert.Contains("Experience entry 2 is marked current but has an end date.", problems);
    }

    [Fact]
    public void A_cv_section_with_entries_must_appear_in_the_section_order()
    {
        var problems = Problems(ProductType.Cv, ProductJson.Serialize(Cv() with { SectionOrder = [CvSection.Education] }));

        Assert.Contains(problems, p => p.Contains("experience section has entries but is missing"));
    }

    [Fact]
    public void Empty_card_lists_and_checklists_are_rejected()
    {
        var courses = new SuggestedCoursesContent { Summary = "s", Courses = [] };
        var relocation = new RelocationHelpContent
        {
            Summary = "s",
            Destinations = [new RelocationDestination { Location = "Dublin, Ireland", MoveKind = MoveKind.International, Checklist = [] }],
        };

        Assert.Contains("Suggested courses: at least one is needed.", Problems(ProductType.SuggestedCourses, ProductJson.Serialize(courses)));
        Assert.Contains("The checklist for Dublin, Ireland: at least one is needed.", Problems(ProductType.RelocationHelp, ProductJson.Serialize(relocation)));
    }

    [Fact]
    public void Empty_content_is_rejected()
    {
        Assert.Equal(["The content is empty."], Problems(ProductType.PossibleJobs, " "));
        Assert.NotEmpty(Problems(ProductType.PossibleJobs, "null"));
    }

    private static LinkedInContent LinkedIn() => new()
    {
        Headline = "Backend engineer",
        About = "About me.",
        Experience =
        [
            new LinkedInPosition
            {
                Title = "Engineer", Company = "Acme", Location = null, StartDate = new DateOnly(2020, 1, 1), EndDate = null, IsCurrent = true, Description = "Built things.",
            },
        ],
        Education = [],
        Certifications = [],
        Skills = ["C#"],
        Languages = [],
    };

    private static CvContent Cv() => new()
    {
        Header = new CvHeader { Name = null, Headline = "Engineer", Location = null, Email = "a@example.com", LinkedinUrl = null, Phone = null, Links = null },
        Summary = "Engineer.",
        SectionOrder = [CvSection.Experience, CvSection.Skills],
        Experience =
        [
            new CvExperience
            {
                Position = "Engineer", Employer = "Acme", Location = null, StartDate = new DateOnly(2020, 1, 1), EndDate = null, IsCurrent = true,
                StartPrecision = DatePrecision.Month, EndPrecision = null, Description = null, Achievements = [], Skills = [],
            },
        ],
        Education = [],
        Certifications = [],
        Skills = ["C#"],
        Languages = [],
    };

    private static CareerPlanContent Plan(int years, int milestones) => new()
    {
        HorizonYears = years,
        Summary = "A plan.",
        BasedOnGoal = null,
        TargetRole = null,
        Milestones = [.. Enumerable.Range(1, milestones).Select(i => new PlanMilestone
        {
            Period = i, Label = years == 1 ? $"Q{i}" : $"Year {i}", Title = "Step", Actions = ["Act"], Why = "Because.",
        })],
        Risks = [new PlanRisk { Risk = "Risk", Mitigation = "Mitigation" }],
    };
}
