using CareerNavigator.Tests.Occupations;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.LinkedInExport;
using CareerNavigator.Web.Products.Types.PossibleCompanies;

using CareerNavigator.Tests.Products.Generation.Llm;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary>The built-in generator on each demo persona, read back from a real database.</summary>
public sealed partial class BuiltInGeneratorTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private readonly BuiltInProductGenerator _generator = new();
    private readonly ProductContentRules _rules = new();

    public static TheoryData<int> Personas => PersonaRows.Indexes();

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task The_cv_names_only_the_users_own_employers_institutions_and_dates(int persona)
    {
        var (user, input) = await PersonaAsync(persona);

        var cv = await GenerateAsync<CvContent>(input, ProductType.Cv);

        Assert.Equal(input.Jobs.Count, cv.Experience.Count);
        foreach (var job in cv.Experience)
        {
            Assert.Contains(input.Jobs, j => j.CompanyName == job.Employer && j.Position == job.Position && j.Location == job.Location &&
                                             j.StartDate == job.StartDate && j.EndDate == job.EndDate && j.IsCurrent == job.IsCurrent);
        }
        Assert.Equal(input.Education.Count, cv.Education.Count);
        foreach (var study in cv.Education)
        {
            Assert.Contains(input.Education, e => e.InstitutionName == study.Institution && e.Degree == study.Degree &&
                                                  e.FieldOfStudy == study.FieldOfStudy && e.StartDate == study.StartDate && e.EndDate == study.EndDate);
        }
        foreach (var certification in cv.Certifications)
        {
            Assert.Contains(input.Courses, c => c.CourseName == certification.Name && (c.Institution ?? c.Provider) == certification.Issuer &&
                                                c.CompletionDate == certification.CompletedOn);
        }

        var json = ProductJson.Serialize(cv);
        var recordDates = input.Jobs.SelectMany(j => new[] { j.StartDate, j.EndDate })
            .Concat(input.Education.SelectMany(e => new[] { e.StartDate, e.EndDate }))
            .Concat(input.Courses.Select(c => c.CompletionDate))
            .OfType<DateOnly>().ToHashSet();
        foreach (Match date in IsoDate().Matches(json))
        {
            Assert.Contains(DateOnly.Parse(date.Value), recordDates);
        }
        var records = JsonSerializer.Serialize(new { input.Jobs, input.Courses, input.Education, input.Profile.CvContent });
        foreach (Match year in Year().Matches(IsoDate().Replace(json, "")))
        {
            Assert.Contains(year.Value, records);
        }

        Assert.Equal(user.Email, cv.Header.Email);
        Assert.Equal(input.Profile.FullName, cv.Header.Name);
    }

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Every_product_is_valid_content_for_every_persona(int persona)
    {
        var (_, input) = await PersonaAsync(persona);

        foreach (var type in Enum.GetValues<ProductType>())
        {
            var result = await _generator.GenerateAsync(TestInputs.For(type, input), type, null, CancellationToken.None);

            Assert.Empty(_rules.Validate(type, result.Content));
            Assert.Equal("built-in", result.ModelUsed);
            using var prompt = JsonDocument.Parse(result.PromptUsed);
            Assert.Equal(type.Label(), prompt.RootElement.GetProperty("product_type").GetString());
            Assert.Equal(input.Jobs.Count, prompt.RootElement.GetProperty("jobs").GetArrayLength());
        }
    }

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Plans_work_towards_the_users_own_goals_with_quarterly_or_yearly_milestones(int persona)
    {
        var (_, input) = await PersonaAsync(persona);
        string?[] goals = [input.Profile.CareerGoals, input.Profile.ShortTermGoals, input.Profile.LongTermGoals];

        foreach (var (type, years, milestones, label) in new[]
                 {
                     (ProductType.CareerPlan1Y, 1, 4, "Q"), (ProductType.CareerPlan3Y, 3, 3, "Year "), (ProductType.CareerPlan5Y, 5, 5, "Year "),
                 })
        {
            var plan = await GenerateAsync<CareerPlanContent>(input, type);

            Assert.Equal(years, plan.HorizonYears);
            Assert.Equal(Enumerable.Range(1, milestones), plan.Milestones.Select(m => m.Period));
            Assert.Equal(Enumerable.Range(1, milestones).Select(i => $"{label}{i}"), plan.Milestones.Select(m => m.Label));
            Assert.Contains(plan.BasedOnGoal, goals);
            Assert.Contains(plan.Milestones, m => m.Why.Contains(TextFit.Opening(plan.BasedOnGoal!)));
            Assert.All(plan.Milestones, m => Assert.NotEmpty(m.Actions));
            Assert.NotEmpty(plan.Risks);
        }
    }

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task LinkedIn_texts_stay_within_LinkedIns_limits(int persona)
    {
        var (_, input) = await PersonaAsync(persona);

        var linkedIn = await GenerateAsync<LinkedInContent>(input, ProductType.LinkedInExport);

        AssertWithinLimits(linkedIn);
        Assert.Equal(input.Jobs.Select(j => j.CompanyName), linkedIn.Experience.Select(p => p.Company));
    }

    [Fact]
    public async Task LinkedIn_texts_are_cut_to_the_limits_when_the_records_are_very_long()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.ExperiencedContinuing);
        var sentence = string.Concat(Enumerable.Repeat("Delivered a very long and detailed outcome for the business ", 6));
        db.UserProfiles.Add(new UserProfile { UserId = user.Id, CareerGoals = string.Concat(Enumerable.Repeat(sentence, 20)) });
        db.JobExperiences.Add(new JobExperience
        {
            UserId = user.Id, CompanyName = "Longwinded Ltd", IsCurrent = true, StartDate = new DateOnly(2015, 1, 1),
            Position = string.Concat(Enumerable.Repeat("Principal Senior Staff Engineer ", 6)).Trim(),
            Description = sentence, Achievements = [.. Enumerable.Repeat(sentence, 30)], SkillsUsed = [.. Enumerable.Range(1, 150).Select(i => $"Skill {i}")],
        });
        await db.SaveChangesAsync();
        var input = await LoadAsync(user.Id);

        var result = await _generator.GenerateAsync(input, ProductType.LinkedInExport, null, CancellationToken.None);

        Assert.Empty(_rules.Validate(ProductType.LinkedInExport, result.Content));
        AssertWithinLimits((LinkedInContent)result.Content);
    }

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task The_same_profile_always_gives_the_same_content(int persona)
    {
        var (user, first) = await PersonaAsync(persona);
        var second = await LoadAsync(user.Id);

        foreach (var type in Enum.GetValues<ProductType>())
        {
            var a = await _generator.GenerateAsync(TestInputs.For(type, first), type, null, CancellationToken.None);
            var b = await _generator.GenerateAsync(TestInputs.For(type, second), type, null, CancellationToken.None);

            Assert.Equal(a.ContentJson(), b.ContentJson());
            Assert.Equal(a.PromptUsed, b.PromptUsed);
        }
    }

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Company_suggestions_are_kinds_and_never_the_users_employers(int persona)
    {
        var (_, input) = await PersonaAsync(persona);

        var companies = await GenerateAsync<PossibleCompaniesContent>(input, ProductType.PossibleCompanies);

        Assert.NotEmpty(companies.CompanyKinds);
        Assert.All(companies.CompanyKinds, kind =>
        {
            Assert.DoesNotContain(input.Jobs, j => kind.Kind.Contains(j.CompanyName) || kind.WhyItFits.Contains(j.CompanyName));
            Assert.NotEmpty(kind.HowToFind);
        });
    }

    private async Task<(User User, GenerationInput Input)> PersonaAsync(int index)
    {
        await using var db = database.CreateContext();
        var user = await PersonaRows.AddAsync(db, DemoPersonas.All[index]);
        return (user, await LoadAsync(user.Id));
    }

    private async Task<GenerationInput> LoadAsync(int userId) =>
        await new OccupationServicesFor(database).InputLoader.LoadAsync(userId) ?? throw new InvalidOperationException("No such user.");

    private async Task<T> GenerateAsync<T>(GenerationInput input, ProductType type) where T : class =>
        (T)(await _generator.GenerateAsync(input, type, null, CancellationToken.None)).Content;

    private static void AssertWithinLimits(LinkedInContent linkedIn)
    {
        Assert.InRange(linkedIn.Headline.Length, 1, LinkedInLimits.Headline);
        Assert.InRange(linkedIn.About.Length, 1, LinkedInLimits.About);
        Assert.All(linkedIn.Experience, p =>
        {
            Assert.InRange(p.Description.Length, 1, LinkedInLimits.PositionDescription);
            Assert.InRange(p.Title.Length, 1, LinkedInLimits.PositionTitle);
        });
        Assert.InRange(linkedIn.Skills.Count, 0, LinkedInLimits.Skills);
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();
}
