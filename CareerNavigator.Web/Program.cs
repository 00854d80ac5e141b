using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Admin;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Api;
using CareerNavigator.Web.Components;
using CareerNavigator.Web.Dashboard;
using CareerNavigator.Web.Email;
using CareerNavigator.Web.Database;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products;
using CareerNavigator.Web.Hosting;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Onboarding;
using CareerNavigator.Web.LoadTesting;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Occupations.Esco;
using CareerNavigator.Web.Privacy;
using CareerNavigator.Web.Profiles;
using CareerNavigator.Web.Products.Versions;

var builder = WebApplication.CreateBuilder(args);

builder.AddCareerNavigatorDatabase();
builder.AddCareerNavigatorAccounts();
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
builder.AddAdvertMatching();
builder.AddPrivacy();
builder.AddApi();
builder.AddLoadTesting();

var app = builder.Build();

if (args.Contains("migrate"))
{
    var migrated = await app.MigrateAndExitAsync();
    return await app.ExitAsync(migrated != 0 ? migrated : await app.LoadShippedEscoWhenAbsentAsync());
}

if (args.Contains("bench-occupations"))
{
    return await app.ExitAsync(OccupationSearchBenchmark.Run(args, Console.Out));
}

if (!await app.PrepareDatabaseAsync())
{
    return await app.ExitAsync(1);
}

if (args.Contains("bench-generation"))
{
    return await app.ExitAsync(await GenerationBenchmark.RunAsync(app.Services, args));
}

if (args.Contains(ImportEscoCommand.Name))
{
    return await app.ExitAsync(await ImportEscoCommand.RunAsync(app.Services, args, Console.Out, Console.Error));
}

if (args.Contains("seed-users"))
{
    return await app.ExitAsync(await CareerNavigator.Web.Admin.Seeding.UserSeeder.RunAsync(app.Services, args, Console.Out));
}

if (args.Contains("bench-admin"))
{
    return await app.ExitAsync(await AdminBenchmark.RunAsync(app.Services, args, Console.Out));
}

if (args.Contains("seed-load-users"))
{
    return await app.ExitAsync(await LoadUserSeeder.RunAsync(app.Services, args));
}

await app.PrepareAccountsAsync();
await app.SeedDemoDataAsync();
app.UseCareerNavigatorPipeline();
app.MapApi();
app.MapProductVersionExports();
return await app.RunUntilStoppedAsync(onceValid: app.LoadShippedEscoOnFirstStartAsync);

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
