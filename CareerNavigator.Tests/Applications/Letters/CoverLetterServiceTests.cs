using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CoverLetter;
using CareerNavigator.Web.Products.Versions;
using CareerNavigator.Web.Products.Versions.Designs;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerNavigator.Tests.Applications.Letters;

/// <summary>
/// Cover letters on PostgreSQL: written from the profile and the advert's match, numbered and activated per application
/// (the CV's own one-active rule unchanged), the owner rule, and what is refused.
/// </summary>
public sealed class CoverLetterServiceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    public Task InitializeAsync() => OccupationPageContext.SeedOnceAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_letter_names_the_job_backs_what_the_advert_asks_with_records_and_never_claims_what_is_missing()
    {
        var user = await CoverLetterTestUser.CreateAsync(database);
        var application = await user.ApplyAsync();

        var stored = await user.Letters.WriteAsync(application.Id, null, CancellationToken.None);

        Assert.Equal((1, true, application.Id, "built-in"), (stored.Version, stored.IsActive, stored.JobApplicationId, stored.ModelUsed));
        var letter = ProductJson.Deserialize<CoverLetterContent>(stored.Content);
        Assert.Equal(("NorthLink Freight", "Warehouse Team Leader", "Dear Marta Silva,"), (letter.Employer, letter.JobTitle, letter.Greeting));
        Assert.Equal("Dana Okafor", letter.Sender.Name);
        var text = string.Join("\n", letter.Paragraphs);
        Assert.Contains("the Warehouse Team Leader position at NorthLink Freight in Leeds", text);
        // The experience and the licence the advert asks for, each with the record that meets it.
        Assert.Contains("Warehouse Operative at NorthLink Logistics", text);
        Assert.Contains("Counterbalance Forklift Licence", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Italian", text);
        Assert.Empty(new ProductContentRules().Validate(ProductType.CoverLetter, letter));
        using var prompt = System.Text.Json.JsonDocument.Parse(stored.PromptUsed!);
        Assert.Equal(application.Id, prompt.RootElement.GetProperty("application").GetProperty("application_id").GetInt32());
    }

    [Fact]
    public async Task Two_applications_each_get_their_own_active_letter_and_the_cvs_one_active_rule_is_unchanged()
    {
        var user = await CoverLetterTestUser.CreateAsync(database);
        var first = await user.ApplyAsync("NorthLink Freight");
        var second = await user.ApplyAsync("Harbour Stores");

        var a1 = await user.Letters.WriteAsync(first.Id, null, CancellationToken.None);
        var a2 = await user.Letters.WriteAsync(first.Id, null, CancellationToken.None);
        var b1 = await user.Letters.WriteAsync(second.Id, null, CancellationToken.None);

        Assert.Equal([(1, true), (2, false)], new[] { a1, a2 }.Select(v => (v.Version, v.IsActive)));
        Assert.Equal((1, true), (b1.Version, b1.IsActive));
        await user.Versions.ActivateAsync(a2.Id, a1.Id);
        Assert.Equal([(2, true), (1, false)], (await user.Letters.GetAsync(first.Id))!.Versions.Select(v => (v.Version, v.IsActive)));
        Assert.Equal([(1, true)], (await user.Letters.GetAsync(second.Id))!.Versions.Select(v => (v.Version, v.IsActive)));
        Assert.Equal("Harbour Stores", ProductJson.Deserialize<CoverLetterContent>((await user.Letters.GetAsync(second.Id))!.Shown!.Content).Employer);

        // The user's own CV keeps its rule: numbered 1, 2 and one active, whatever the letters do.
        var cv1 = await user.Generation.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        var cv2 = await user.Generation.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        Assert.Equal([(1, true), (2, false)], new[] { cv1, cv2 }.Select(v => (v.Version, v.IsActive)));
        Assert.Equal(cv1.Id, (await user.Generation.GetActiveAsync(ProductType.Cv))!.Id);
        Assert.Equal([2, 1], (await user.Versions.ListAsync(ProductType.Cv)).Select(v => v.Version));
        Assert.Empty(await user.Versions.ListAsync(ProductType.CoverLetter));

        // The database holds both rules whatever the code does.
        Assert.Equal("ux_generated_products_one_active", await ViolationAsync(Row(user.Id, ProductType.Cv, null, version: 3, active: true)));
        Assert.Equal("ux_generated_products_user_type_version", await ViolationAsync(Row(user.Id, ProductType.Cv, null, version: 2, active: false)));
        Assert.Equal("ux_generated_products_application_one_active", await ViolationAsync(Row(user.Id, ProductType.CoverLetter, first.Id, version: 3, active: true)));
        Assert.Equal("ux_generated_products_application_type_version", await ViolationAsync(Row(user.Id, ProductType.CoverLetter, second.Id, version: 1, active: false)));
    }

    [Fact]
    public async Task Another_users_application_and_letters_answer_like_missing_ones()
    {
        var owner = await CoverLetterTestUser.CreateAsync(database);
        var application = await owner.ApplyAsync();
        var letter = await owner.Letters.WriteAsync(application.Id, null, CancellationToken.None);
        var stranger = await CoverLetterTestUser.CreateAsync(database);

        Assert.Null(await stranger.Letters.GetAsync(application.Id));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => stranger.Letters.WriteAsync(application.Id, null, CancellationToken.None));
        Assert.Null(await stranger.Versions.GetAsync(letter.Id));
        await Assert.ThrowsAsync<VersionNotFoundException>(() => stranger.Versions.ActivateAsync(letter.Id, null));
        await Assert.ThrowsAsync<VersionNotFoundException>(() => stranger.Versions.DeleteAsync(letter.Id));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => owner.Letters.WriteAsync(int.MaxValue, null, CancellationToken.None));

        await using var db = database.CreateContext();
        Assert.False(await db.GeneratedProducts.AnyAsync(g => g.UserId == stranger.Id));
        Assert.Equal([letter.Id], await db.GeneratedProducts.Where(g => g.JobApplicationId == application.Id).Select(g => g.Id).ToListAsync());
    }

    [Fact]
    public async Task A_letter_is_not_a_document_of_its_own_and_a_cv_is_never_stored_with_an_application()
    {
        var user = await CoverLetterTestUser.CreateAsync(database);
        var application = await user.ApplyAsync();

        var refused = await Assert.ThrowsAsync<GenerationFailedException>(() => user.Generation.GenerateAsync(ProductType.CoverLetter, null, CancellationToken.None));
        Assert.Contains("application's page", refused.Message);
        var writer = new ProductVersionWriter(new TestContextFactory(database));
        await Assert.ThrowsAsync<ArgumentException>(() => writer.AppendAsync(
            new NewVersion(user.Id, ProductType.Cv, "{}", "built-in", "{}", DateTime.UtcNow, application.Id), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => writer.AppendAsync(
            new NewVersion(user.Id, ProductType.CoverLetter, "{}", "built-in", "{}", DateTime.UtcNow), CancellationToken.None));

        await using var db = database.CreateContext();
        Assert.False(await db.GeneratedProducts.AnyAsync(g => g.UserId == user.Id));
    }

    [Fact]
    public async Task Without_a_name_the_letter_is_refused_with_the_reason_and_nothing_is_stored()
    {
        var user = await CoverLetterTestUser.CreateAsync(database, name: null);
        var application = await user.ApplyAsync();

        var refused = await Assert.ThrowsAsync<GenerationFailedException>(() => user.Letters.WriteAsync(application.Id, null, CancellationToken.None));

        Assert.Contains("your name", refused.Message);
        Assert.Empty((await user.Letters.GetAsync(application.Id))!.Versions);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Without_an_advert_the_letter_is_written_from_the_profile_alone(string? advert)
    {
        var user = await CoverLetterTestUser.CreateAsync(database);
        var application = await user.ApplyAsync(advert: advert);

        var stored = await user.Letters.WriteAsync(application.Id, null, CancellationToken.None);

        var letter = ProductJson.Deserialize<CoverLetterContent>(stored.Content);
        Assert.Contains("NorthLink Freight", letter.Paragraphs[0]);
        Assert.DoesNotContain("The advert asks", string.Join(' ', letter.Paragraphs));
    }

    [Fact]
    public async Task Deleting_the_application_deletes_its_letters_and_nothing_else()
    {
        var user = await CoverLetterTestUser.CreateAsync(database);
        var application = await user.ApplyAsync();
        await user.Letters.WriteAsync(application.Id, null, CancellationToken.None);
        var cv = await user.Generation.GenerateAsync(ProductType.Cv, null, CancellationToken.None);

        await user.Applications.DeleteAsync(application.Id);

        await using var db = database.CreateContext();
        Assert.Equal([cv.Id], await db.GeneratedProducts.Where(g => g.UserId == user.Id).Select(g => g.Id).ToListAsync());
    }

    [Fact]
    public async Task The_first_letter_takes_the_active_cvs_design_and_a_later_one_the_active_letters()
    {
        var user = await CoverLetterTestUser.CreateAsync(database);
        var application = await user.ApplyAsync();
        var cv = await user.Generation.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        var designs = new VersionDesignService(new TestContextFactory(database), TestCurrentUser.For(user.Id), TimeProvider.System);
        await designs.SetAsync(cv.Id, DocumentDesign.Modern);

        var first = await user.Letters.WriteAsync(application.Id, null, CancellationToken.None);
        Assert.Equal(DocumentDesign.Modern, await designs.GetAsync(first.Id));
        await designs.SetAsync(first.Id, DocumentDesign.Compact);
        var second = await user.Letters.WriteAsync(application.Id, null, CancellationToken.None);

        Assert.Equal(DocumentDesign.Compact, await designs.GetAsync(second.Id));
        Assert.Equal(DocumentDesign.Modern, await designs.GetAsync(cv.Id));
    }

    private static GeneratedProduct Row(int userId, ProductType type, int? applicationId, int version, bool active) => new()
    {
        UserId = userId, ProductType = type, JobApplicationId = applicationId, Content = "{}", Version = version, IsActive = active,
        GeneratedAt = DateTime.UtcNow, ModelUsed = "test",
    };

    private async Task<string> ViolationAsync(GeneratedProduct row)
    {
        await using var db = database.CreateContext();
        db.GeneratedProducts.Add(row);
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        return Assert.IsType<PostgresException>(error.InnerException).ConstraintName!;
    }
}
