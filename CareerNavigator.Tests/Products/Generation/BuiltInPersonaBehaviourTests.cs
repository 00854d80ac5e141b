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

/// <summary>What the built-in generator concludes for each kind of user: the group changes the order, the path and the suggestions.</summary>
public sealed class BuiltInPersonaBehaviourTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task An_experienced_engineer_continuing_gets_a_growth_path_towards_the_role_in_her_goals()
    {
        var products = await GenerateAsync("lucia@demo.careernavigator.local");

        Assert.Equal(CvSection.Experience, products.Cv.SectionOrder[0]);
        Assert.Equal("Staff or principal engineer", products.Plan1Y.TargetRole);
        Assert.Equal(["Cloud cost optimisation", "Public speaking"], products.Courses.Courses.Take(2).Select(c => c.Gap));
        Assert.Contains(products.Jobs.Jobs, j => j.Title == "Staff Engineer" && j.Level == JobLevel.Lead);
        Assert.Contains(products.Jobs.Jobs, j => j.Title == "Senior Backend Engineer");
        Assert.Equal([MoveKind.Local, MoveKind.Domestic, MoveKind.Remote], products.Relocation.Destinations.Select(d => d.MoveKind));
        Assert.DoesNotContain(products.Relocation.Destinations[1].Checklist, i => i.Category == ChecklistCategory.WorkRights);
    }

    [Fact]
    public async Task A_teacher_changing_field_gets_bridge_skills_first_and_entry_roles_in_the_new_field()
    {
        var products = await GenerateAsync("chinedu@demo.careernavigator.local");

        Assert.Equal([CvSection.Skills, CvSection.Certifications, CvSection.Experience], products.Cv.SectionOrder.Take(3));
        Assert.Equal("Data analyst", products.Plan1Y.TargetRole);
        Assert.Contains("portfolio", products.Plan1Y.Milestones[1].Title, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(JobLevel.Entry, products.Jobs.Jobs[0].Level);
        Assert.All(products.Jobs.Jobs, j => Assert.Contains("Data Analyst", j.Title));
        Assert.Contains(products.Courses.Courses, c => c.Gap.StartsWith("A BI tool"));
        var manchester = Assert.Single(products.Relocation.Destinations, d => d.MoveKind == MoveKind.International);
        Assert.Contains(manchester.Checklist, i => i.Task == "Research the work permit or visa you need for the United Kingdom");
    }

    [Fact]
    public async Task A_nursing_student_with_a_goal_gets_the_licence_first_and_registration_abroad()
    {
        var products = await GenerateAsync("angelica@demo.careernavigator.local");

        Assert.Equal(CvSection.Education, products.Cv.SectionOrder[0]);
        Assert.Equal("The nurse licensing examination", products.Courses.Courses[0].Gap);
        var dublin = products.Relocation.Destinations.Single(d => d.Location == "Dublin, Ireland");
        Assert.Equal(MoveKind.International, dublin.MoveKind);
        Assert.Contains(dublin.Checklist, i => i.Category == ChecklistCategory.Credentials && i.Task.StartsWith("Register with the body that licenses registered nurses"));
        Assert.Contains(dublin.Checklist, i => i.Category == ChecklistCategory.Language && i.Detail.Contains("English at C1"));
        Assert.Equal(MoveKind.Domestic, products.Relocation.Destinations.Single(d => d.Location == "Manila, Philippines").MoveKind);
        Assert.All(products.Relocation.Destinations.SelectMany(d => d.Checklist), i => Assert.False(i.Done));
    }

    [Fact]
    public async Task A_school_leaver_without_a_goal_gets_exploration_across_his_interests_and_no_target()
    {
        var products = await GenerateAsync("kacper@demo.careernavigator.local");

        Assert.Null(products.Plan1Y.TargetRole);
        Assert.Equal("Try before you choose", products.Plan1Y.Milestones[0].Title);
        Assert.Contains("sound engineering", products.Plan1Y.Milestones[0].Actions[0]);
        Assert.Contains("IT support", products.Plan1Y.Milestones[0].Actions[0]);
        Assert.Contains(products.Jobs.Jobs, j => j.Title == "IT Support Technician");
        Assert.Equal(MoveKind.Local, products.Relocation.Destinations[0].MoveKind);
        Assert.All(products.Courses.Courses, c => Assert.StartsWith("First-hand experience of", c.Gap));
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
