using System.Net;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerNavigator.Tests.Occupations;

/// <summary>The occupation pages through the real app, Identity and PostgreSQL: only signed-in users get in.</summary>
public sealed class OccupationPagesHttpTests : IAsyncLifetime
{
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

    [Theory]
    [InlineData("/occupations")]
    [InlineData("/occupations?group=2221")]
    [InlineData("/occupations/1")]
    public async Task Visitors_are_sent_to_sign_in(string path)
    {
        var response = await _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }
}
