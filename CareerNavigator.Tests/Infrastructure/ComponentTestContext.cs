using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using CareerNavigator.Data;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Onboarding;
using CareerNavigator.Web.Profiles;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor.Services;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>bunit with MudBlazor, the app's services over a real database, and a chosen signed-in user.</summary>
public static class ComponentTestContext
{
    public static BunitContext Create(MigratedDatabase? database = null)
    {
        // Two cores shared with PostgreSQL and the browser tests: the default one second is too tight.
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(10);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        // The app's clock; a test that controls time registers a FakeTimeProvider after this one.
        context.Services.AddSingleton(TimeProvider.System);
        // The app's own current user: with no HttpContext it answers the circuit's (bunit's) sign-in. Resource rules
        // go through bunit's authorization double, which lets any signed-in user pass; the rule has its own tests.
        context.Services.AddHttpContextAccessor();
        context.Services.AddScoped<ICurrentUser, CurrentUser>();
        if (database is not null)
        {
            context.Services.AddSingleton<IDbContextFactory<CareerNavigatorDbContext>>(new TestContextFactory(database));
        }
        return context;
    }

    /// <summary>The profile, onboarding, import and goal-occupation services the wizard's editors use, with no AI model configured.</summary>
    public static BunitContext WithProfileServices(this BunitContext context)
    {
        context.Services.AddScoped<ProfileService>();
        context.Services.AddScoped(typeof(UserRecordStore<>));
        context.Services.AddScoped<OnboardingService>();
        context.Services.AddSingleton<ILlmAvailability>(new LlmAvailability(false, "No AI model is configured."));
        context.Services.AddSingleton(new CvTextExtractor(NullLogger<CvTextExtractor>.Instance));
        context.Services.AddSingleton(new CareerNavigator.Web.Import.CvReading.BuiltInCvReader(new CvTextExtractor(NullLogger<CvTextExtractor>.Instance)));
        context.Services.AddSingleton(new LinkedInExportReader(NullLogger<LinkedInExportReader>.Instance));
        context.Services.AddSingleton(new JsonResumeReader());
        context.Services.AddScoped<ProfileImportService>();
        context.Services.AddSingleton<OccupationCatalog>();
        context.Services.AddSingleton<OccupationDirectory>();
        context.Services.AddScoped<GoalOccupationService>();
        context.Services.AddScoped<CareerNavigator.Web.Profiles.Skills.UserSkillService>();
        return context;
    }

    public static BunitAuthorizationContext SignIn(this BunitContext context, int userId, string email, params string[] roles)
    {
        var auth = context.AddAuthorization();
        auth.SetAuthorized(email);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, userId.ToString()));
        if (roles.Length > 0)
        {
            auth.SetRoles(roles);
        }
        return auth;
    }
}
