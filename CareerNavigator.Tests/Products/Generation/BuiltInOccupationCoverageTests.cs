using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.PossibleCompanies;
using CareerNavigator.Web.Products.Types.PossibleJobs;
using CareerNavigator.Web.Products.Types.SuggestedCourses;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary>
/// The built-in generator for 20 occupations, two from each ISCO-08 major group (0–9), each the goal of a demo persona
/// with a goal: plans, courses and jobs are never empty, name only that occupation's essential skills, and invent no
/// employer, school or course (every title, provider and employer kind comes from ESCO, the user's records or the
/// documented tables).
/// </summary>
public sealed partial class BuiltInOccupationCoverageTests(EscoDatabase database) : IClassFixture<EscoDatabase>
{
    private static readonly string[] PersonasWithAGoal = ["lucia", "chinedu", "angelica"];

    public static TheoryData<char> MajorGroups() => new(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

    [Theory]
    [MemberData(nameof(MajorGroups))]
    public async Task Two_occupations_of_each_major_group_get_products_built_only_from_their_sources(char majorGroup)
    {
        await using var db = database.CreateContext();
        var occupations = await db.EscoOccupations
            .Where(o => o.IscoGroup.StartsWith(majorGroup.ToString()) && !o.Obsolete && o.Skills.Count(s => s.IsEssential) >= 5)
            .OrderBy(o => o.Uri).Take(2).ToListAsync();
        Assert.Equal(2, occupations.Count);

        for (var i = 0; i < occupations.Count; i++)
        {
            var occupation = occupations[i];
            var persona = DemoPersonas.All.Single(p => p.Email.StartsWith(PersonasWithAGoal[(majorGroup - '0' + i) % PersonasWithAGoal.Length], StringComparison.Ordinal));
            var (input, products) = await GenerateAsync(persona, occupation.Id);
            var essential = await db.EscoOccupationSkills.Where(r => r.OccupationId == occupation.Id && r.IsEssential)
                .Select(r => r.Skill!.PreferredLabel).ToListAsync();
            var occupationTitles = await OccupationTitlesAsync(db, input);
            var because = $"{occupation.PreferredLabel} ({occupation.IscoGroup}) for {persona.Email}";

            Assert.True(products.Plans.All(p => p.Milestones.Count > 0), because);
            Assert.All(products.Plans, plan => Assert.Equal(CareerSteps.Title(occupation.PreferredLabel), plan.TargetRole));
            var plannedSkills = products.Plans.SelectMany(p => p.Milestones).SelectMany(m => m.Actions)
                .SelectMany(a => QuotedSkill().Matches(a).Select(m => m.Groups[1].Value)).ToList();
            Assert.NotEmpty(plannedSkills);
            Assert.All(plannedSkills, skill => Assert.Contains(skill, essential));

            Assert.NotEmpty(products.Courses.Courses);
            var skillCourses = products.Courses.Courses.Where(c => essential.Contains(c.Gap)).ToList();
            Assert.All(products.Courses.Courses.Except(skillCourses), c => Assert.Matches("^(The |Registration|An? .* test score| *[A-Z][a-z]+ for work)", c.Gap));
            Assert.All(skillCourses.SelectMany(c => c.ProviderKinds), kind => Assert.Contains(kind, CourseKinds.AllProviderKinds));

            Assert.NotEmpty(products.Jobs.Jobs);
            var ownTitles = input.Jobs.Select(j => j.Position).ToHashSet();
            Assert.All(products.Jobs.Jobs, job => Assert.True(occupationTitles.Contains(job.Title) || ownTitles.Contains(job.Title) || job.Title.StartsWith("Graduate roles in"), $"{because}: {job.Title}"));
            Assert.All(products.Jobs.Jobs.Where(j => occupationTitles.Contains(j.Title)).SelectMany(j => j.SkillsToBuild),
                skill => Assert.True(essential.Contains(skill) || IsEssentialOfARelated(input, skill), $"{because}: {skill}"));

            var kinds = EmployerKinds.All.Concat(SectorCatalog.All).Select(k => k.Kind).ToHashSet();
            Assert.All(products.Companies.CompanyKinds, k => Assert.Contains(k.Kind, kinds));
        }
    }

    private static bool IsEssentialOfARelated(GenerationInput input, string skill) =>
        input.Targets[0].RelatedFits.Any(f => f.EssentialMissing.Contains(skill));

    private static async Task<HashSet<string>> OccupationTitlesAsync(CareerNavigator.Data.CareerNavigatorDbContext db, GenerationInput input)
    {
        var ids = input.Targets.SelectMany(t => t.Gaps.Related.Select(r => r.Id).Append(t.Occupation.Id)).ToList();
        var labels = await db.EscoOccupations.Where(o => ids.Contains(o.Id)).Select(o => o.PreferredLabel).ToListAsync();
        return [.. labels.Select(CareerSteps.Title)];
    }

    private async Task<(GenerationInput, Products)> GenerateAsync(DemoPersona persona, int occupationId)
    {
        await using var db = database.CreateContext();
        var user = await PersonaRows.AddAsync(db, persona);
        db.ChangeTracker.Clear();
        await db.GoalOccupations.Where(g => g.UserId == user.Id).ExecuteDeleteAsync();
        db.GoalOccupations.Add(new GoalOccupation { UserId = user.Id, OccupationId = occupationId });
        await db.SaveChangesAsync();
        var input = await new OccupationServicesFor(database).InputLoader.LoadAsync(user.Id)
                    ?? throw new InvalidOperationException("The user was just added.");
        var generator = new BuiltInProductGenerator();

        async Task<T> Read<T>(ProductType type) where T : class =>
            (T)(await generator.GenerateAsync(input, type, null, CancellationToken.None)).Content;

        return (input, new Products(
            [await Read<CareerPlanContent>(ProductType.CareerPlan1Y), await Read<CareerPlanContent>(ProductType.CareerPlan3Y), await Read<CareerPlanContent>(ProductType.CareerPlan5Y)],
            await Read<SuggestedCoursesContent>(ProductType.SuggestedCourses),
            await Read<PossibleJobsContent>(ProductType.PossibleJobs),
            await Read<PossibleCompaniesContent>(ProductType.PossibleCompanies)));
    }

    private sealed record Products(IReadOnlyList<CareerPlanContent> Plans, SuggestedCoursesContent Courses, PossibleJobsContent Jobs, PossibleCompaniesContent Companies);

    [GeneratedRegex("“([^”]+)”")]
    private static partial Regex QuotedSkill();
}
