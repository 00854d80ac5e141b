using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Admin;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Api;
using CareerNavigator.Web.BackgroundJobs;
using CareerNavigator.Web.Components;
using CareerNavigator.Web.Dashboard;
using CareerNavigator.Web.Database;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Email;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Onboarding;
using CareerNavigator.Web.Privacy;
using CareerNavigator.Web.Products;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web;

public static class CareerNavigatorSetup
{
    /// <summary>
    /// Every feature's services. The web app (Program.cs) and the command-line tools (tools/CareerNavigator.Tools)
    /// both build their app from this one list, so a tool sees exactly the services the app runs with.
    /// </summary>
    public static WebApplicationBuilder AddCareerNavigator(this WebApplicationBuilder builder)
    {
        builder.AddCareerNavigatorDatabase();
        builder.AddCareerNavigatorAccounts();
        builder.AddJobs();
        builder.AddEmail();
        builder.AddCareerNavigatorUi();
        builder.AddProfiles();
        builder.AddOnboarding();
        builder.AddDashboard();
        builder.AddImport();
        builder.AddAdmin();
        builder.AddDemoData();
        builder.AddProducts();
        builder.AddOccupations();
        builder.AddApplications();
        builder.AddAdvertMatching();
        builder.AddPrivacy();
        builder.AddApi();
        return builder;
    }
}
