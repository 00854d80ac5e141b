using System.Net;
using CareerNavigator.Tests.Infrastructure;

namespace CareerNavigator.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_answers_200_while_the_database_answers_and_503_when_it_is_gone()
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        await using var app = AppFactory.ForPostgres(database.ConnectionString);
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        await database.DisposeAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);
    }
}
