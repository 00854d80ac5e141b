using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Applications.Matching;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Applications.Letters;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Applications.Tailoring;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Versions;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Applications.Letters;

/// <summary>The services one signed-in user reaches on an application's page, over a real database.</summary>
public sealed class CoverLetterTestUser(MigratedDatabase database, int userId, IProductGenerator? generator = null)
{
    /// <summary>Asks for a warehouse lead with a forklift licence (the fixture profile has them) and Italian (it has none).</summary>
    public const string Advert = """
        Warehouse Team Leader

        Requirements
        - 2+ years of experience as a warehouse operative
        - A forklift licence
        - Italian at B2 level
        """;

    public int Id => userId;

    public MigratedDatabase Database => database;

    public ApplicationService Applications => new(new TestContextFactory(database), TestCurrentUser.For(userId), TestCurrentUser.Authorization, TimeProvider.System);

    public ProductGenerationService Generation => GenerationServiceFor.User(database, userId, generator ?? new BuiltInProductGenerator());

    public ProductVersionService Versions
    {
        get
        {
            var contexts = new TestContextFactory(database);
            return new ProductVersionService(contexts, TestCurrentUser.For(userId), new ProductContentRules(), new ProductVersionWriter(contexts), new OccupationServicesFor(database).InputLoader, TimeProvider.System);
        }
    }

    public ApplicationBriefs Briefs => new(
        Applications,
        new AdvertMatchService(new TestContextFactory(database), TestCurrentUser.For(userId), new OccupationServicesFor(database).Catalog,
            TimeProvider.System, new ServiceCollection().BuildServiceProvider()));

    public CoverLetterService Letters => new(Applications, Briefs, Generation, Versions);

    public CvTailoringService Tailoring => new(Briefs, Generation);

    /// <summary>A new user with the advert fixtures' records (warehouse operative, forklift licence) and a name.</summary>
    public static async Task<CoverLetterTestUser> CreateAsync(MigratedDatabase database, IProductGenerator? generator = null, string? name = "Dana Okafor")
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        var records = AdvertFixtures.Records(numbered: false);
        db.JobExperiences.AddRange(records.Jobs.Select(j => { j.UserId = user.Id; return j; }));
        db.Courses.AddRange(records.Courses.Select(c => { c.UserId = user.Id; return c; }));
        db.AcademicRecords.AddRange(records.Education.Select(e => { e.UserId = user.Id; return e; }));
        db.UserProfiles.Add(new UserProfile { UserId = user.Id, FullName = name, Headline = "Warehouse lead", Languages = [.. records.Languages] });
        await db.SaveChangesAsync();
        return new CoverLetterTestUser(database, user.Id, generator);
    }

    public Task<JobApplication> ApplyAsync(string company = "NorthLink Freight", string? advert = Advert) => Applications.CreateAsync(new ApplicationForm
    {
        Company = company, Role = "Warehouse Team Leader", Location = "Leeds", AdvertText = advert,
        Contacts = [new() { Name = "Marta Silva", Role = "Recruiter" }],
    });
}
