using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Applications.Letters;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Sources;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CoverLetter;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Versions;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Products.Sources;

/// <summary>
/// The source check through the pipeline, on PostgreSQL, with the real OpenAI and Azure OpenAI clients against a
/// loopback model that invents one fact of each kind: every one is stored as a claim, the version waits inactive and
/// cannot be activated, until the user confirms each fact or edits it away; the owner rule on claims.
/// </summary>
public sealed class SourceClaimsTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    /// <summary>One invented fact of each kind, none of them in the fixture user's records or the advert.</summary>
    public static readonly string[] InventedParagraphs =
    [
        "I am applying for the Warehouse Team Leader role at NorthLink Freight.",
        "Before that I worked as Chief Data Officer at Globex Corporation, where I cut costs by 37%.",
        "I studied at Springfield University and hold a Master of Science in Astrophysics.",
        "I am proficient in COBOL, and in 2011 I won the Golden Ledger Award for reporting.",
    ];

    public static readonly (ClaimKind, string)[] Invented =
    [
        (ClaimKind.Employer, "Globex Corporation"), (ClaimKind.Title, "Chief Data Officer"), (ClaimKind.School, "Springfield University"),
        (ClaimKind.Degree, "Master of Science in Astrophysics"), (ClaimKind.Skill, "COBOL"), (ClaimKind.Number, "37"),
        (ClaimKind.Date, "2011"), (ClaimKind.Award, "Golden Ledger Award"),
    ];

    public Task InitializeAsync() => OccupationPageContext.SeedOnceAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_model_letter_with_invented_facts_has_each_marked_and_cannot_be_activated_until_each_is_confirmed(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(ProductJson.Serialize(Letter(InventedParagraphs))));
        await using var model = LlmTestApp.Create(server, provider, rules: new ProductContentRules());
        var user = await CoverLetterTestUser.CreateAsync(database, model.Generator);
        var application = await user.ApplyAsync();

        var stored = await user.Letters.WriteAsync(application.Id, null, CancellationToken.None);

        Assert.False(stored.IsActive);
        var claims = await Claims(user).UnresolvedAsync(stored.Id);
        Assert.Equal(Invented.OrderBy(c => c), claims.Select(c => (c.Kind, c.Text)).OrderBy(c => c));
        var refused = await Assert.ThrowsAsync<UnresolvedClaimsException>(() => user.Versions.ActivateAsync(stored.Id, null));
        Assert.Contains("8 facts in it are not in your profile or the advert", refused.Message);

        foreach (var claim in claims.SkipLast(1))
        {
            await Claims(user).ConfirmAsync(claim.Id);
        }
        await Assert.ThrowsAsync<UnresolvedClaimsException>(() => user.Versions.ActivateAsync(stored.Id, null));
        var resolved = await Claims(user).ConfirmAsync(claims[^1].Id);

        // The last confirmation makes the letter active: its application had none.
        Assert.True(resolved.IsActive);
        Assert.Empty(await Claims(user).UnresolvedAsync(stored.Id));
        await using var db = database.CreateContext();
        Assert.Equal(8, await db.ConfirmedFacts.CountAsync(f => f.UserId == user.Id));
    }

    [Fact]
    public async Task A_confirmed_fact_is_traced_in_later_versions_and_resolved_in_the_other_versions_that_state_it()
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(ProductJson.Serialize(Letter(InventedParagraphs[0], InventedParagraphs[3]))));
        await using var model = LlmTestApp.Create(server, LlmOptions.OpenAI, rules: new ProductContentRules());
        var user = await CoverLetterTestUser.CreateAsync(database, model.Generator);
        var first = await user.ApplyAsync();
        var second = await user.ApplyAsync("Kestrel Logistics");
        var one = await user.Letters.WriteAsync(first.Id, null, CancellationToken.None);
        var two = await user.Letters.WriteAsync(second.Id, null, CancellationToken.None);

        var cobol = (await Claims(user).UnresolvedAsync(one.Id)).Single(c => c.Kind == ClaimKind.Skill);
        await Claims(user).ConfirmAsync(cobol.Id);

        Assert.DoesNotContain(await Claims(user).UnresolvedAsync(two.Id), c => c.Kind == ClaimKind.Skill);
        var three = await user.Letters.WriteAsync(first.Id, null, CancellationToken.None);
        Assert.Equal([ClaimKind.Date, ClaimKind.Award], (await Claims(user).UnresolvedAsync(three.Id)).Select(c => c.Kind).Order());
    }

    [Fact]
    public async Task Editing_a_claim_away_resolves_it_a_kept_claim_stays_and_a_typed_fact_is_the_users()
    {
        var user = await CoverLetterTestUser.CreateAsync(database);
        var application = await user.ApplyAsync();
        var plain = ProductJson.Deserialize<CvContent>((await user.Generation.GenerateAsync(ProductType.Cv, null, CancellationToken.None)).Content);
        var invented = await StoreModelCvAsync(user, plain with { Summary = plain.Summary + " Skilled in COBOL. In 2011 I won the Golden Ledger Award." });
        Assert.Equal([ClaimKind.Skill, ClaimKind.Date, ClaimKind.Award], (await Claims(user).UnresolvedAsync(invented.Id)).Select(c => c.Kind).Order());

        // The skill is edited away, the award kept, and a new fact typed: the award stays to check, the typed fact is theirs.
        var edited = await user.Versions.SaveEditAsync(invented.Id, invented.Version,
            plain with { Summary = plain.Summary + " In 2011 I won the Golden Ledger Award. I led a team of 14 pickers." });

        Assert.Equal([(ClaimKind.Date, "2011"), (ClaimKind.Award, "Golden Ledger Award")],
            (await Claims(user).UnresolvedAsync(edited.Id)).Select(c => (c.Kind, c.Text)).OrderBy(c => c.Kind));
        await using (var db = database.CreateContext())
        {
            Assert.Equal(["14"], await db.ConfirmedFacts.Where(f => f.UserId == user.Id).Select(f => f.Text).ToListAsync());
        }
        var clean = await user.Versions.SaveEditAsync(edited.Id, edited.Version, plain with { Summary = plain.Summary + " I led a team of 14 pickers." });
        Assert.Empty(await Claims(user).UnresolvedAsync(clean.Id));
        Assert.True((await user.Versions.ActivateAsync(clean.Id, null)).IsActive);
        Assert.NotNull(application);
    }

    [Fact]
    public async Task Another_users_claims_are_neither_listed_nor_confirmed()
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(ProductJson.Serialize(Letter(InventedParagraphs))));
        await using var model = LlmTestApp.Create(server, LlmOptions.OpenAI, rules: new ProductContentRules());
        var owner = await CoverLetterTestUser.CreateAsync(database, model.Generator);
        var intruder = await CoverLetterTestUser.CreateAsync(database);
        var letter = await owner.Letters.WriteAsync((await owner.ApplyAsync()).Id, null, CancellationToken.None);
        var claim = (await Claims(owner).UnresolvedAsync(letter.Id))[0];

        Assert.Empty(await Claims(intruder).UnresolvedAsync(letter.Id));
        await Assert.ThrowsAsync<VersionRefusedException>(() => Claims(intruder).ConfirmAsync(claim.Id));
        await Assert.ThrowsAsync<VersionNotFoundException>(() => intruder.Versions.ActivateAsync(letter.Id, null));
        Assert.Equal(8, (await Claims(owner).UnresolvedAsync(letter.Id)).Count);
    }

    private VersionClaimService Claims(CoverLetterTestUser user) =>
        new(new TestContextFactory(database), TestCurrentUser.For(user.Id), user.Versions);

    /// <summary>A CV version as a model's generation stores it: through the pipeline's source check.</summary>
    private static async Task<GeneratedProduct> StoreModelCvAsync(CoverLetterTestUser user, CvContent content)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(ProductJson.Serialize(content)));
        await using var model = LlmTestApp.Create(server, LlmOptions.OpenAI, rules: new ProductContentRules());
        return await Products.Generation.GenerationServiceFor.User(user.Database, user.Id, model.Generator).GenerateAsync(ProductType.Cv, null, CancellationToken.None);
    }

    public static CoverLetterContent Letter(params string[] paragraphs) => new()
    {
        Sender = new CvHeader { Name = "Someone", Headline = "Warehouse lead", Location = null, Email = null, LinkedinUrl = null, Phone = null, Links = [] },
        Employer = "NorthLink Freight",
        JobTitle = "Warehouse Team Leader",
        Greeting = "Dear Marta Silva,",
        Paragraphs = paragraphs,
        SignOff = "Kind regards",
    };
}
