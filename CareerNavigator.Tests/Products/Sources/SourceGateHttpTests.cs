using System.Net;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Api;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Versions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products.Sources;

/// <summary>
/// The ways out of the app refuse a version with an unresolved claim, through the real app, Identity and PostgreSQL: the
/// PDF, Word and JSON downloads (409 with the reason) and the API's activation (409 problem); all open once it is confirmed.
/// </summary>
public sealed class SourceGateHttpTests(ApiApp api) : IClassFixture<ApiApp>, IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private readonly MigratedDatabase _database = new();
    private AppFactory _app = default!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = AppFactory.ForPostgres(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Every_download_of_a_version_with_an_unresolved_claim_is_refused_until_it_is_confirmed()
    {
        var email = TestUsers.UniqueEmail();
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var registered = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        int userId;
        await using (var db = _database.CreateContext())
        {
            userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        }
        var (cv, claim) = await CvWithClaimAsync(_database.CreateContext(), userId, version: 1);
        var urls = new[] { $"/products/cv/versions/{cv}/export.pdf", $"/products/cv/versions/{cv}/export.docx", $"/products/cv/versions/{cv}/export.json" };

        foreach (var url in urls)
        {
            var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("This version can't be downloaded yet: 1 fact in it is not in your profile or the advert. " +
                         "Confirm each one that is true, or edit the version to take it out.", await refused.Content.ReadAsStringAsync());
        }

        await Confirm(_database.CreateContext(), claim);
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task The_API_refuses_to_activate_a_version_with_an_unresolved_claim()
    {
        var (client, userId) = await api.NewCallerAsync();
        await CvWithClaimAsync(api.CreateContext(), userId, version: 1, claimed: false);
        var (_, claim) = await CvWithClaimAsync(api.CreateContext(), userId, version: 2);

        var refused = await client.PostAsync("/api/v1/products/cv/versions/2/activate", null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.BodyAsync();
        Assert.Equal("Facts to check first", (string?)problem["title"]);
        Assert.Contains("can't be made active yet", (string?)problem["detail"]);
        await Confirm(api.CreateContext(), claim);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/products/cv/versions/2/activate", null)).StatusCode);
    }

    /// <summary>A CV version (a demo persona's built-in CV) for the user, with one unresolved claim unless <paramref name="claimed"/> is false.</summary>
    private static async Task<(int Version, int Claim)> CvWithClaimAsync(CareerNavigator.Data.CareerNavigatorDbContext db, int userId, int version, bool claimed = true)
    {
        await using (db)
        {
            var input = Generation.Llm.TestInputs.Persona();
            var content = (await new Web.Products.Generation.BuiltIn.BuiltInProductGenerator().GenerateAsync(input, ProductType.Cv, null, CancellationToken.None)).Content;
            var row = new GeneratedProduct
            {
                UserId = userId, ProductType = ProductType.Cv, Version = version, IsActive = !claimed,
                Content = new Web.Products.Types.ProductContentRules().Serialize(ProductType.Cv, content), GeneratedAt = DateTime.UtcNow, ModelUsed = "openai/test",
            };
            db.GeneratedProducts.Add(row);
            var claim = new VersionClaim { GeneratedProduct = row, Kind = ClaimKind.Employer, Text = "Globex Corporation", Sentence = "Analyst at Globex Corporation.", Place = "Summary" };
            if (claimed)
            {
                db.VersionClaims.Add(claim);
            }
            await db.SaveChangesAsync();
            return (row.Id, claim.Id);
        }
    }

    private static async Task Confirm(CareerNavigator.Data.CareerNavigatorDbContext db, int claimId)
    {
        await using (db)
        {
            await db.VersionClaims.Where(c => c.Id == claimId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Confirmed, true));
        }
    }
}
