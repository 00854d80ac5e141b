using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Occupations.Gaps;
using CareerNavigator.Web.Occupations.Matching;
using CareerNavigator.Web.Occupations.Targets;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.PossibleJobs;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary>A model's "skills you have" are kept only where the user's own records or gap report show them.</summary>
public sealed class SkillClaimsTests
{
    private static readonly GenerationInput Chinedu = TestInputs.Persona(1) with { Targets = [DataAnalystTarget()] };

    [Theory]
    [InlineData("SQL")]                     // listed on a job
    [InlineData("python (pandas)")]         // listed, in other case
    [InlineData("perform data cleansing")]  // shown in the gap report
    [InlineData("Excel dashboards")]        // every word in the records
    public void A_skill_the_records_show_is_supported(string skill) => Assert.True(SkillClaims.IsSupported(skill, Chinedu));

    [Theory]
    [InlineData("Underwater welding")]
    [InlineData("Kubernetes")]
    [InlineData("SQL Server administration")]
    public void A_skill_the_records_do_not_show_is_not(string skill) => Assert.False(SkillClaims.IsSupported(skill, Chinedu));

    [Fact]
    public void An_unsupported_claim_becomes_a_skill_to_build_and_the_rest_stays()
    {
        var content = new PossibleJobsContent
        {
            Summary = "Jobs.",
            Jobs = [new PossibleJob { Title = "Data analyst", Level = JobLevel.Entry, WhyItFits = "Fits.", SkillsYouHave = ["SQL", "Underwater welding"], SkillsToBuild = ["data mining"] }],
        };

        var job = Assert.Single(((PossibleJobsContent)SkillClaims.Check(content, Chinedu)).Jobs);

        Assert.Equal(["SQL"], job.SkillsYouHave);
        Assert.Equal(["data mining", "Underwater welding"], job.SkillsToBuild);
    }

    [Fact]
    public async Task A_models_invented_skill_claim_is_moved_before_the_version_is_stored()
    {
        var answer = new PossibleJobsContent
        {
            Summary = "Jobs that fit.",
            Jobs = [new PossibleJob { Title = "Data analyst", Level = JobLevel.Entry, WhyItFits = "Fits.", SkillsYouHave = ["SQL", "Underwater welding"], SkillsToBuild = [] }],
        };
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(ProductJson.Serialize(answer)));
        await using var app = LlmTestApp.Create(server, "OpenAI", rules: new ProductContentRules());

        var result = await app.Generator.GenerateAsync(Chinedu, ProductType.PossibleJobs, null, CancellationToken.None);

        var job = Assert.Single(((PossibleJobsContent)result.Content).Jobs);
        Assert.Equal(["SQL"], job.SkillsYouHave);
        Assert.Contains("Underwater welding", job.SkillsToBuild);
    }

    [Fact]
    public void The_prompt_carries_the_target_occupation_its_shown_skills_with_evidence_and_the_missing_ones()
    {
        var user = PromptBuilder.ForProduct(Chinedu, ProductType.CareerPlan1Y)[1].Text;

        Assert.Contains("\"target_occupations\":[{\"title\":\"data analyst\"", user);
        Assert.Contains("\"skill\":\"perform data cleansing\",\"evidence\":[\"Course 2: skills: Data cleaning\"]", user);
        Assert.Contains("\"essential_skills_missing\":[\"data mining\"]", user);
        Assert.Contains("\"chosen_by\":\"the user chose it as their goal occupation\"", user);
    }

    private static CareerTarget DataAnalystTarget()
    {
        var cleansing = new GapSkill(1, "http://data.europa.eu/esco/skill/cleansing", "perform data cleansing", true, false,
            [new SkillEvidence("Course 2: skills", "data cleaning", ["Data", "cleaning"])], null, 0);
        var mining = new GapSkill(2, "http://data.europa.eu/esco/skill/mining", "data mining", true, true, [], null, 3);
        var occupation = new OccupationDetails(10, "http://data.europa.eu/esco/occupation/analyst", "data analyst", "2511", "Systems analysts",
            "Analyses data.", [], false, [new SkillRef(1, cleansing.Uri, cleansing.Label, true, false), new SkillRef(2, mining.Uri, mining.Label, true, true)]);
        return new CareerTarget(new SkillGaps(occupation, [cleansing], [mining], []), null, []);
    }
}
