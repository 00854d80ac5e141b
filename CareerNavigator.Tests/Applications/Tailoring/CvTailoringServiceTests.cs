using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Applications.Letters;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Applications.Tailoring;

/// <summary>
/// "Tailor my CV to this advert" on PostgreSQL: the records the advert asks for first and the rest shortened, nothing
/// added, stored as a CV version like any other (named after the application, compared, activated), the owner rule, and
/// the model's reworded CV through both SDKs.
/// </summary>
public sealed class CvTailoringServiceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    public Task InitializeAsync() => OccupationPageContext.SeedOnceAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_jobs_and_skills_the_advert_asks_for_come_first_the_rest_is_shortened_and_nothing_is_added()
    {
        var user = await CoverLetterTestUser.CreateAsync(database);
        await using (var db = database.CreateContext())
        {
            db.JobExperiences.Add(new JobExperience
            {
                UserId = user.Id, CompanyName = "Spotless Ltd", Position = "Office Cleaner", StartDate = new DateOnly(2015, 1, 1),
                EndDate = new DateOnly(2016, 8, 1), Description = string.Join(' ', Enumerable.Repeat("Cleaned offices, meeting rooms and kitchens every evening.", 5)),
                Achievements = ["Kept every room on the floor plan on schedule", "Trained two new starters", "Never missed a shift"],
            });
            await db.SaveChangesAsync();
        }
        var application = await user.ApplyAsync();
        var plain = ProductJson.Deserialize<CvContent>((await user.Generation.GenerateAsync(ProductType.Cv, null, CancellationToken.None)).Content);

        var stored = await user.Tailoring.TailorAsync(application.Id, null, CancellationToken.None);

        var tailored = ProductJson.Deserialize<CvContent>(stored.Content);
        Assert.Equal("Brightside Retail Ltd", plain.Experience[0].Employer);
        Assert.Equal(("Warehouse Operative", "NorthLink Logistics"), (tailored.Experience[0].Position, tailored.Experience[0].Employer));
        Assert.Contains("forklift", tailored.Skills[0], StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("For the Warehouse Team Leader role: " + tailored.Summary.Split("For the Warehouse Team Leader role: ")[1], tailored.Summary);
        Assert.StartsWith(plain.Summary, tailored.Summary);
        Assert.DoesNotContain("Italian", tailored.Summary);

        // The same entries with the same dates, none added; a job the advert does not ask about is shortened.
        Assert.Equal(plain.Experience.Select(j => (j.Position, j.Employer, j.StartDate, j.EndDate)).Order(),
            tailored.Experience.Select(j => (j.Position, j.Employer, j.StartDate, j.EndDate)).Order());
        Assert.Equal(plain.Education, tailored.Education);
        Assert.Subset(plain.Skills.ToHashSet(), tailored.Skills.ToHashSet());
        var cleaner = (Plain: plain.Experience.Single(j => j.Employer == "Spotless Ltd"), Tailored: tailored.Experience.Single(j => j.Employer == "Spotless Ltd"));
        Assert.Equal(3, cleaner.Plain.Achievements.Count);
        Assert.Equal(["Kept every room on the floor plan on schedule"], cleaner.Tailored.Achievements);
        Assert.True(cleaner.Plain.Description!.Length > 160);
        Assert.True(cleaner.Tailored.Description!.Length <= 160);
        Assert.StartsWith(cleaner.Tailored.Description.TrimEnd('…'), cleaner.Plain.Description);
        Assert.Empty(new ProductContentRules().Validate(ProductType.Cv, tailored));
    }

    [Fact]
    public async Task A_tailored_cv_is_a_cv_version_like_any_other_named_after_the_application()
    {
        var user = await CoverLetterTestUser.CreateAsync(database);
        var application = await user.ApplyAsync();
        var first = await user.Generation.GenerateAsync(ProductType.Cv, null, CancellationToken.None);

        var tailored = await user.Tailoring.TailorAsync(application.Id, null, CancellationToken.None);

        Assert.Equal((2, false, null), (tailored.Version, tailored.IsActive, tailored.JobApplicationId));
        var listed = await user.Versions.ListAsync(ProductType.Cv);
        Assert.Equal([(2, "For Warehouse Team Leader at NorthLink Freight"), (1, null)], listed.Select(v => (v.Version, v.Name)));
        var comparison = await user.Versions.CompareAsync(first.Id, tailored.Id);
        Assert.NotEmpty(comparison!.Differences);
        await user.Versions.ActivateAsync(tailored.Id, first.Id);
        Assert.Equal(tailored.Id, (await user.Generation.GetActiveAsync(ProductType.Cv))!.Id);
        Assert.Empty((await user.Letters.GetAsync(application.Id))!.Versions);
    }

    [Fact]
    public async Task Another_users_application_is_not_found_and_nothing_is_stored()
    {
        var owner = await CoverLetterTestUser.CreateAsync(database);
        var application = await owner.ApplyAsync();
        var stranger = await CoverLetterTestUser.CreateAsync(database);

        await Assert.ThrowsAsync<RecordNotFoundException>(() => stranger.Tailoring.TailorAsync(application.Id, null, CancellationToken.None));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => owner.Tailoring.TailorAsync(0, null, CancellationToken.None));

        await using var db = database.CreateContext();
        Assert.False(await db.GeneratedProducts.AnyAsync(g => g.UserId == stranger.Id || g.UserId == owner.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task With_a_model_the_cv_is_reworded_for_the_advert_and_stored_named_after_the_application(string provider)
    {
        var owner = await CoverLetterTestUser.CreateAsync(database);
        var plain = ProductJson.Deserialize<CvContent>((await owner.Generation.GenerateAsync(ProductType.Cv, null, CancellationToken.None)).Content);
        var reworded = plain with
        {
            Summary = "Warehouse lead with two years on the floor and a forklift licence.",
            Experience = [.. plain.Experience.OrderBy(j => j.Employer == "NorthLink Logistics" ? 0 : 1)],
        };
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(ProductJson.Serialize(reworded)));
        await using var model = LlmTestApp.Create(server, provider, rules: new ProductContentRules());
        var user = await CoverLetterTestUser.CreateAsync(database, model.Generator);
        var application = await user.ApplyAsync();

        var stored = await user.Tailoring.TailorAsync(application.Id, null, CancellationToken.None);

        var request = Assert.Single(server.Received);
        Assert.Contains("tailor the CV to its advert", request.Messages.First().Text);
        Assert.Contains("\"job_title\":\"Warehouse Team Leader\"", request.Messages.Last().Text);
        var cv = ProductJson.Deserialize<CvContent>(stored.Content);
        Assert.Equal(reworded.Summary, cv.Summary);
        Assert.Equal("Dana Okafor", cv.Header.Name);
        Assert.Equal([(1, "For Warehouse Team Leader at NorthLink Freight")], (await user.Versions.ListAsync(ProductType.Cv)).Select(v => (v.Version, v.Name)));
    }
}
