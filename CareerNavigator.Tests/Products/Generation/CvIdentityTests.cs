using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary>The CV's name and contact details come from the profile's fields, whoever writes the rest.</summary>
public sealed class CvIdentityTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_profile_without_a_name_gets_no_cv_and_the_model_is_not_asked()
    {
        var user = await PersonaAsync(profile => profile.FullName = null);
        var model = new ScriptedGenerator();

        var refused = await Assert.ThrowsAsync<GenerationFailedException>(() =>
            GenerationServiceFor.User(database, user.Id, model).GenerateAsync(ProductType.Cv, null, CancellationToken.None));

        Assert.Contains("name", refused.Message);
        Assert.Equal(0, model.Calls);
        await using var db = database.CreateContext();
        Assert.False(await db.GeneratedProducts.AnyAsync(g => g.UserId == user.Id));
    }

    [Fact]
    public async Task Other_documents_are_generated_without_a_name()
    {
        var user = await PersonaAsync(profile => profile.FullName = null);

        var plan = await GenerationServiceFor.User(database, user.Id).GenerateAsync(ProductType.CareerPlan1Y, null, CancellationToken.None);

        Assert.Equal(1, plan.Version);
    }

    [Fact]
    public async Task The_built_in_cv_prints_the_profiles_name_headline_summary_and_contact_details()
    {
        var user = await PersonaAsync(profile =>
        {
            profile.FullName = "Lucía Fernández";
            profile.Headline = "Staff engineer in the making";
            profile.Summary = "I build payment platforms that stay up.";
            profile.Phone = "+34 612 345 678";
            profile.PublicEmail = "lucia@example.es";
            profile.Links = [new("GitHub", "https://github.com/lucia"), new("Blog", "https://lucia.example.es")];
        });

        var cv = await GenerateCvAsync(user.Id, GenerationServiceFor.User(database, user.Id));

        Assert.Equal("Lucía Fernández", cv.Header.Name);
        Assert.Equal("Staff engineer in the making", cv.Header.Headline);
        Assert.Equal("I build payment platforms that stay up.", cv.Summary);
        Assert.Equal(("+34 612 345 678", "lucia@example.es"), (cv.Header.Phone, cv.Header.Email));
        Assert.Equal(["GitHub", "Blog"], cv.Header.Links!.Select(l => l.Label));
        Assert.Equal("https://www.linkedin.com/in/lucia-fernandez-backend", cv.Header.LinkedinUrl);
    }

    [Fact]
    public async Task Without_an_email_for_cvs_the_account_email_is_printed()
    {
        var user = await PersonaAsync(profile => profile.PublicEmail = null);

        var cv = await GenerateCvAsync(user.Id, GenerationServiceFor.User(database, user.Id));

        Assert.Equal(user.Email, cv.Header.Email);
    }

    [Fact]
    public async Task A_name_or_contact_the_model_writes_is_replaced_by_the_profiles()
    {
        var user = await PersonaAsync(profile => profile.Phone = "+34 600 000 000");
        var guessed = new ScriptedGenerator(content: type => type == ProductType.Cv ? GuessedCv() : throw new InvalidOperationException());

        var cv = await GenerateCvAsync(user.Id, GenerationServiceFor.User(database, user.Id, guessed));

        Assert.Equal("Lucía Fernández Martín", cv.Header.Name);
        Assert.Equal("+34 600 000 000", cv.Header.Phone);
        Assert.Equal(user.Email, cv.Header.Email);
        Assert.Empty(cv.Header.Links!);
        // What the model wrote beyond the identity stays its own.
        Assert.Equal("Invented headline", cv.Header.Headline);
    }

    private static CvContent GuessedCv() => new()
    {
        Header = new CvHeader
        {
            Name = "Someone Else", Headline = "Invented headline", Location = "Nowhere", Email = "guess@example.com", LinkedinUrl = null,
            Phone = "000", Links = [new CvLink { Label = "Site", Url = "https://guess.example.com" }],
        },
        Summary = "A summary.",
        SectionOrder = [CvSection.Certifications],
        Experience = [],
        Education = [],
        Certifications = [new CvCertification { Name = "First aid", Issuer = null, CompletedOn = null, CompletedPrecision = null, DurationHours = null, CertificateUrl = null }],
        Skills = [],
        Languages = [],
    };

    private async Task<CvContent> GenerateCvAsync(int userId, ProductGenerationService service)
    {
        var version = await service.GenerateAsync(ProductType.Cv, null, CancellationToken.None);
        return ProductJson.Deserialize<CvContent>(version.Content);
    }

    /// <summary>Lucía's persona with a change to her profile.</summary>
    private async Task<User> PersonaAsync(Action<UserProfile> change)
    {
        await using var db = database.CreateContext();
        var user = await PersonaRows.AddAsync(db, DemoPersonas.All.Single(p => p.DisplayName == "Lucía Fernández"));
        var profile = await db.UserProfiles.SingleAsync(p => p.UserId == user.Id);
        change(profile);
        await db.SaveChangesAsync();
        return user;
    }
}
