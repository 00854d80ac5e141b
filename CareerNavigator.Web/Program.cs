using CareerNavigator.Web;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Api;
using CareerNavigator.Web.Components;
using CareerNavigator.Web.Database;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Hosting;
using CareerNavigator.Web.Occupations.Esco;
using CareerNavigator.Web.Products.Versions;

var builder = WebApplication.CreateBuilder(args);
builder.AddCareerNavigator();
var app = builder.Build();

// The deployment step (README, PostgreSQL). Seeding, benchmarks and imports are in tools/CareerNavigator.Tools.
if (args is ["migrate", ..])
{
    var migrated = await app.MigrateAndExitAsync();
    return await app.ExitAsync(migrated != 0 ? migrated : await app.LoadShippedEscoWhenAbsentAsync());
}

if (!await app.PrepareDatabaseAsync())
{
    return await app.ExitAsync(1);
}

await app.PrepareAccountsAsync();
await app.SeedDemoDataAsync();
app.UseCareerNavigatorPipeline();
app.MapApi();
app.MapProductVersionExports();
return await app.RunUntilStoppedAsync(onceValid: app.LoadShippedEscoOnFirstStartAsync);

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
