using CareerNavigator.Data;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Import;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Import;

public sealed class ImportSetupTests
{
    [Fact]
    public void AddImport_registers_the_readers_and_the_service()
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddImport();
        builder.Services.AddSingleton<IDbContextFactory<CareerNavigatorDbContext>>(new TestContextFactory(new MigratedDatabase()));
        builder.Services.AddScoped(_ => TestCurrentUser.Nobody());
        using var app = builder.Build();
        using var scope = app.Services.CreateScope();

        Assert.NotNull(scope.ServiceProvider.GetRequiredService<CvTextExtractor>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<LinkedInExportReader>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<JsonResumeReader>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<ProfileImportService>());
    }
}
