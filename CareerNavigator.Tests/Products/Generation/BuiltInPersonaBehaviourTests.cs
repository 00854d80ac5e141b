using Microsoft.EntityFrameworkCore;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.PossibleJobs;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Types.SuggestedCourses;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary>
/// What the built-in generator concludes for each demo persona over the shipped ESCO: the goal occupation (or the one
/// the goals name) sets the target and its gaps; the group changes the order, the path and the suggestions.
/// </summary>
public sealed class BuiltInPersonaBehaviourTests(EscoDatabase database) : IClassFixture<EscoDatabase>
{
    [Fact]
    public async Task An_experienced_engineer_continuing_gets_a_growth_path_towards_her_goal_occupation()
    {
        var products = await GenerateAsync("lucia@demo.careernavigator.local");

        Assert.Equal(CvSection.Experience, products.Cv.SectionOrder[0]);
        Assert.Equal("Software architect", products.Plan1Y.TargetRole);
        Assert.StartsWith("Build the skills “", products.Plan1Y.Milestones[0].Actions[0]);
        Assert.Contains("software architect", products.Plan1Y.Summary);
        Assert.Equal("Software architect", products.Jobs.Jobs[0].Title);
        Assert.Contains(products.Jobs.Jobs, j => j.Title == "Senior Backend Engineer");
        await AssertCoursesCloseEssentialGapsAsync(products, "software architect");
        Assert.Equal([MoveKind.Local, MoveKind.Domestic, MoveKind.Remote], products.Relocation.Destinations.Select(d => d.MoveKind));
        Assert.DoesNotContain(products.Relocation.Destinations[1].Checklist, i => i.Category == ChecklistCategory.WorkRights);
    }

    [Fact]
    public async Task A_teacher_changing_field_gets_bridge_skills_first_and_the_target_and_related_occupations()
    {
        var products = await GenerateAsync("chinedu@demo.careernavigator.local");

        Assert.Equal([CvSection.Skills, CvSection.Certifications, CvSection.Experience], products.Cv.SectionOrder.Take(3));
        Assert.Equal("Data analyst", products.Plan1Y.TargetRole);
        Assert.Contains("portfolio", products.Plan1Y.Milestones[1].Title, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("perform data cleansing (“Data cleaning”)", products.Plan1Y.Summary);
        Assert.Equal(("Data analyst", JobLevel.Entry), (products.Jobs.Jobs[0].Title, products.Jobs.Jobs[0].Level));
        var related = Assert.Single(products.Jobs.Jobs, j => j.Title == "Data scientist");
        Assert.Matches(@"^It needs \d+ of the \d+ essential skills of data analyst \(\d+ %\)", related.WhyItFits);
        Assert.NotEmpty(related.SkillsToBuild);
        await AssertCoursesCloseEssentialGapsAsync(products, "data analyst");
        var manchester = Assert.Single(products.Relocation.Destinations, d => d.MoveKind == MoveKind.International);
        Assert.Contains(manchester.Checklist, i => i.Task == "Research the work permit or visa you need for the United Kingdom");
    }

    [Fact]
    public async Task A_nursing_student_with_a_goal_gets_the_licence_first_and_registration_abroad_with_its_source()
    {
        var products = await GenerateAsync("angelica@demo.careernavigator.local");

        Assert.Equal(CvSection.Education, products.Cv.SectionOrder[0]);
        Assert.StartsWith("The nursing or midwifery licensure examination", products.Courses.Courses[0].Gap);
        Assert.Contains("ESCO marks it as a regulated profession", products.Courses.Courses[0].Reason);
        var dublin = products.Relocation.Destinations.Single(d => d.Location == "Dublin, Ireland");
        Assert.Equal(MoveKind.International, dublin.MoveKind);
        var register = Assert.Single(dublin.Checklist, i => i.Category == ChecklistCategory.Credentials && i.Task.StartsWith("Register with the body that licenses"));
        Assert.Contains("ESCO marks it as a regulated profession", register.Detail);
        Assert.Contains(dublin.Checklist, i => i.Category == ChecklistCategory.Language && i.Detail.Contains("English at C1"));
        Assert.Equal(MoveKind.Domestic, products.Relocation.Destinations.Single(d => d.Location == "Manila, Philippines").MoveKind);
        Assert.All(products.Relocation.Destinations.SelectMany(d => d.Checklist), i => Assert.False(i.Done));
    }

    [Fact]
    public async Task A_school_leaver_without_a_goal_gets_exploration_of_the_occupations_his_goals_name_and_no_target()
    {
        var products = await GenerateAsync("kacper@demo.careernavigator.local");

        Assert.Null(products.Plan1Y.TargetRole);
        Assert.Equal("Try before you choose", products.Plan1Y.Milestones[0].Title);
        Assert.True(products.Plan1Y.Milestones[0].Actions[0].Contains("audio production technician"), products.Plan1Y.Milestones[0].Actions[0]);
        Assert.Contains(products.Jobs.Jobs, j => j.Title == "Audio production technician" && j.WhyItFits.Contains("“sound engineering”"));
        Assert.Equal(MoveKind.Local, products.Relocation.Destinations[0].MoveKind);
        Assert.NotEmpty(products.Courses.Courses);
        Assert.All(products.Courses.Courses, c => Assert.StartsWith("First-hand experience of", c.Gap));
    }

    /// <summary>Every course but the licence and language ones closes a missing essential skill ESCO lists for the occupation.</summary>
    private async Task AssertCoursesCloseEssentialGapsAsync(Products products, string occupation)
    {
        await using var db = database.CreateContext();
        var essential = await db.EscoOccupationSkills.Where(r => r.IsEssential && r.Occupation!.PreferredLabel == occupation)
            .Select(r => r.Skill!.PreferredLabel).ToListAsync();
        var skillCourses = products.Courses.Courses.Where(c => !c.Topic.StartsWith("Preparation for") && !c.Gap.Contains(" for work")).ToList();
        Assert.NotEmpty(skillCourses);
        Assert.All(skillCourses, c => Assert.Contains(c.Gap, essential));
        Assert.All(skillCourses, c => Assert.Null(c.EstimatedHours));
    }

    private async Task<Products> GenerateAsync(string personaEmail)
    {
        await using var db = database.CreateContext();
        var user = await PersonaRows.AddAsync(db, DemoPersonas.All.Single(p => p.Email == personaEmail));
        var input = await new OccupationServicesFor(database).InputLoader.LoadAsync(user.Id);
        var generator = new BuiltInProductGenerator();

        async Task<T> Read<T>(ProductType type) where T : class =>
            (T)(await generator.GenerateAsync(input!, type, null, CancellationToken.None)).Content;

        return new Products(
            await Read<CvContent>(ProductType.Cv),
            await Read<CareerPlanContent>(ProductType.CareerPlan1Y),
            await Read<SuggestedCoursesContent>(ProductType.SuggestedCourses),
            await Read<PossibleJobsContent>(ProductType.PossibleJobs),
            await Read<RelocationHelpContent>(ProductType.RelocationHelp));
    }

    private sealed record Products(
        CvContent Cv, CareerPlanContent Plan1Y, SuggestedCoursesContent Courses, PossibleJobsContent Jobs, RelocationHelpContent Relocation);
}
