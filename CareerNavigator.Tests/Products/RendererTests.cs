using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.Products.Shared;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.LinkedInExport;
using CareerNavigator.Web.Products.Types.PossibleCompanies;
using CareerNavigator.Web.Products.Types.PossibleJobs;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Tests.Products;

/// <summary>Each product type's renderer on the built-in generator's content for a demo persona.</summary>
public sealed partial class RendererTests
{
    private const string Hostile = " <script>alert(1)</script> <b>bold</b>";

    private static async Task<string> ContentAsync(ProductType type, int persona = 0) =>
        (await new BuiltInProductGenerator().GenerateAsync(TestInputs.For(type, TestInputs.Persona(persona)), type, null, CancellationToken.None)).ContentJson();

    private static GeneratedProduct Version(ProductType type, string json) =>
        new() { Id = 1, UserId = 1, ProductType = type, Content = json, Version = 1, IsActive = true, GeneratedAt = DateTime.UtcNow, ModelUsed = "built-in" };

    [Fact]
    public async Task The_cv_shows_every_job_with_its_employer_and_dates_in_the_groups_section_order()
    {
        var input = TestInputs.Persona(0);
        var cv = ProductJson.Deserialize<CvContent>(await ContentAsync(ProductType.Cv));
        await using var ctx = ProductTestContext.Create();

        var page = ctx.Render<ProductDocument>(p => p.Add(d => d.Product, Version(ProductType.Cv, ProductJson.Serialize(cv))));

        var jobs = page.FindAll("[data-testid=cv-experience]");
        Assert.Equal(input.Jobs.Count, jobs.Count);
        foreach (var job in input.Jobs)
        {
            Assert.Contains(jobs, j => j.TextContent.Contains(job.CompanyName) && j.TextContent.Contains(job.Position));
        }
        var current = input.Jobs.Single(j => j.IsCurrent);
        Assert.Contains($"{current.StartDate:MMM yyyy} – now", jobs[0].TextContent);
        Assert.Equal(input.Education.Count, page.FindAll("[data-testid=cv-education]").Count);

        var titles = page.FindAll(".cv-section-title").Select(t => t.TextContent).ToList();
        var expected = cv.SectionOrder.Select(s => s switch
        {
            CvSection.Experience => "Experience",
            CvSection.Education => "Education",
            CvSection.Certifications => "Courses and certifications",
            CvSection.Skills => "Skills",
            _ => "Languages",
        });
        Assert.Equal(["Profile", .. expected], titles);
    }

    [Fact]
    public async Task A_cv_without_a_name_says_how_to_add_one_instead_of_inventing_it()
    {
        var cv = ProductJson.Deserialize<CvContent>(await ContentAsync(ProductType.Cv)) is var read
            ? read with { Header = read.Header with { Name = null } }
            : throw new InvalidOperationException();
        await using var ctx = ProductTestContext.Create();

        var page = ctx.Render<CvDocument>(p => p.Add(d => d.Content, cv));

        Assert.Equal(cv.Header.Headline, page.Find("[data-testid=cv-name]").TextContent);
        Assert.NotNull(page.Find("[data-testid=cv-no-name]"));
    }

    [Fact]
    public async Task LinkedIn_sections_have_copy_buttons_and_counters_against_linkedins_limits()
    {
        var linkedIn = ProductJson.Deserialize<LinkedInContent>(await ContentAsync(ProductType.LinkedInExport));
        await using var ctx = ProductTestContext.Create();

        var page = ctx.Render<ProductDocument>(p => p.Add(d => d.Product, Version(ProductType.LinkedInExport, ProductJson.Serialize(linkedIn))));

        Assert.Contains($"{linkedIn.Headline.Length} / 220 characters", page.Find("[data-testid=linkedin-headline] [data-testid=char-count]").TextContent);
        Assert.Contains($"{linkedIn.About.Length:N0} / 2,600 characters", page.Find("[data-testid=linkedin-about] [data-testid=char-count]").TextContent);
        Assert.Equal(linkedIn.Experience.Count, page.FindAll("[data-testid=linkedin-position]").Count);
        Assert.Contains("/ 2,000 characters", page.Find("[data-testid=linkedin-position-1] [data-testid=char-count]").TextContent);
        Assert.Equal("Copy headline", page.Find("[data-testid=linkedin-headline] [data-testid=copy-button]").GetAttribute("aria-label"));
        Assert.True(page.FindAll("[data-testid=copy-button]").Count >= 2 + linkedIn.Experience.Count);
    }

    [Fact]
    public async Task Copying_a_section_writes_its_exact_text_to_the_clipboard()
    {
        var linkedIn = ProductJson.Deserialize<LinkedInContent>(await ContentAsync(ProductType.LinkedInExport));
        await using var ctx = ProductTestContext.Create();
        var page = ctx.Render<LinkedInDocument>(p => p.Add(d => d.Content, linkedIn));

        page.Find("[data-testid=linkedin-about] [data-testid=copy-button]").Click();

        var call = Assert.Single(ctx.JSInterop.Invocations, i => i.Identifier == "navigator.clipboard.writeText");
        Assert.Equal(linkedIn.About, call.Arguments[0]);
        page.WaitForAssertion(() => Assert.Contains("Copied", page.Find("[data-testid=linkedin-about] [data-testid=copy-button]").TextContent));
    }

    [Fact]
    public async Task A_text_over_linkedins_limit_is_flagged_with_how_much_to_cut()
    {
        var linkedIn = ProductJson.Deserialize<LinkedInContent>(await ContentAsync(ProductType.LinkedInExport)) with { Headline = new string('x', 230) };
        await using var ctx = ProductTestContext.Create();

        var page = ctx.Render<LinkedInDocument>(p => p.Add(d => d.Content, linkedIn));

        var counter = page.Find("[data-testid=linkedin-headline] [data-testid=char-count]");
        Assert.Contains("over", counter.ClassName);
        Assert.Contains("10 over LinkedIn's limit", counter.TextContent);
    }

    [Theory]
    [InlineData(ProductType.CareerPlan1Y, 4)]
    [InlineData(ProductType.CareerPlan3Y, 3)]
    [InlineData(ProductType.CareerPlan5Y, 5)]
    public async Task A_plan_is_a_timeline_of_its_milestones_with_actions_and_the_risks_below(ProductType type, int milestones)
    {
        var plan = ProductJson.Deserialize<CareerPlanContent>(await ContentAsync(type));
        await using var ctx = ProductTestContext.Create();

        var page = ctx.Render<ProductDocument>(p => p.Add(d => d.Product, Version(type, ProductJson.Serialize(plan))));

        var items = page.FindAll(".mud-timeline-item [data-testid=plan-milestone]");
        Assert.Equal(milestones, items.Count);
        for (var i = 0; i < milestones; i++)
        {
            Assert.Contains(plan.Milestones[i].Title, items[i].TextContent);
            Assert.Contains(plan.Milestones[i].Label, items[i].TextContent);
            Assert.Equal(plan.Milestones[i].Actions.Count, items[i].QuerySelectorAll(".plan-actions li").Length);
        }
        Assert.Equal(plan.Risks.Count, page.FindAll("[data-testid=plan-risk]").Count);
        Assert.True(page.Markup.IndexOf("plan-risk", StringComparison.Ordinal) > page.Markup.LastIndexOf("plan-milestone", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Courses_jobs_and_companies_are_cards_with_their_reasons()
    {
        var courses = ProductJson.Deserialize<SuggestedCoursesContent>(await ContentAsync(ProductType.SuggestedCourses, 1));
        var jobs = ProductJson.Deserialize<PossibleJobsContent>(await ContentAsync(ProductType.PossibleJobs, 1));
        var companies = ProductJson.Deserialize<PossibleCompaniesContent>(await ContentAsync(ProductType.PossibleCompanies, 1));
        await using var ctx = ProductTestContext.Create();

        var coursePage = ctx.Render<SuggestedCoursesView>(p => p.Add(d => d.Content, courses));
        var jobPage = ctx.Render<PossibleJobsView>(p => p.Add(d => d.Content, jobs));
        var companyPage = ctx.Render<PossibleCompaniesView>(p => p.Add(d => d.Content, companies));

        var courseCards = coursePage.FindAll("[data-testid=course-card]");
        Assert.Equal(courses.Courses.Count, courseCards.Count);
        Assert.All(courses.Courses.Zip(courseCards), pair => Assert.Contains(pair.First.Gap, pair.Second.TextContent));
        var jobCards = jobPage.FindAll("[data-testid=job-card]");
        Assert.Equal(jobs.Jobs.Count, jobCards.Count);
        Assert.All(jobs.Jobs.Zip(jobCards), pair => Assert.Contains(pair.First.WhyItFits, pair.Second.TextContent));
        var companyCards = companyPage.FindAll("[data-testid=company-card]");
        Assert.Equal(companies.CompanyKinds.Count, companyCards.Count);
        Assert.All(companies.CompanyKinds.Zip(companyCards), pair => Assert.Contains(pair.First.WhyItFits, pair.Second.TextContent));
    }

    [Fact]
    public async Task Relocation_is_a_read_only_checklist_per_desired_location()
    {
        var relocation = ProductJson.Deserialize<RelocationHelpContent>(await ContentAsync(ProductType.RelocationHelp, 2));
        await using var ctx = ProductTestContext.Create();

        var page = ctx.Render<ProductDocument>(p => p.Add(d => d.Product, Version(ProductType.RelocationHelp, ProductJson.Serialize(relocation))));

        var destinations = page.FindAll("[data-testid=relocation-destination]");
        Assert.Equal(relocation.Destinations.Count, destinations.Count);
        for (var i = 0; i < destinations.Count; i++)
        {
            Assert.Contains(relocation.Destinations[i].Location, destinations[i].QuerySelector("h2")!.TextContent);
            Assert.Equal(relocation.Destinations[i].Checklist.Count, destinations[i].QuerySelectorAll("input[type=checkbox]").Length);
        }
    }

    [Fact]
    public async Task Content_that_no_longer_fits_its_record_shows_a_notice_not_an_error_page()
    {
        await using var ctx = ProductTestContext.Create();

        var page = ctx.Render<ProductDocument>(p => p.Add(d => d.Product, Version(ProductType.Cv, """{"headline":"old shape"}""")));

        Assert.NotNull(page.Find("[data-testid=product-unreadable]"));
    }

    public static TheoryData<ProductType> Types => new(Enum.GetValues<ProductType>());

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Script_and_markup_in_any_text_of_the_content_render_as_text(ProductType type)
    {
        var json = Poison(await ContentAsync(type, type == ProductType.RelocationHelp ? 2 : 0));
        await using var ctx = ProductTestContext.Create();

        var page = ctx.Render<ProductDocument>(p => p.Add(d => d.Product, Version(type, json)));

        Assert.Empty(page.FindAll("[data-testid=product-unreadable]"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page.Markup);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", page.Markup);
        Assert.Empty(page.FindAll("script"));
        Assert.Empty(page.FindAll("b"));
    }

    /// <summary>Appends hostile text to every free-text value; enum labels and dates keep their form so the content still reads.</summary>
    private static string Poison(string json)
    {
        var node = JsonNode.Parse(json)!;
        Visit(node);
        return node.ToJsonString();

        static void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (key, value) in o.ToList())
                    {
                        if (value is JsonValue v && v.TryGetValue<string>(out var text) && IsFreeText(text))
                        {
                            o[key] = text + Hostile;
                        }
                        else
                        {
                            Visit(value);
                        }
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (a[i] is JsonValue v && v.TryGetValue<string>(out var text) && IsFreeText(text))
                        {
                            a[i] = text + Hostile;
                        }
                        else
                        {
                            Visit(a[i]);
                        }
                    }
                    break;
            }
        }
    }

    private static bool IsFreeText(string text) => !EnumOrDate().IsMatch(text);

    [GeneratedRegex(@"^([a-z_]+|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex EnumOrDate();
}
