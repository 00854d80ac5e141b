using CareerNavigator.Web.Occupations;
using CareerNavigator.Data;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tools.Benchmarks;
using CareerNavigator.Web.Products;
using CareerNavigator.Web.Products.Generation;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Products.Generation;

public sealed class GenerationBenchmarkTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task The_benchmark_reports_percentiles_and_removes_the_users_it_seeded()
    {
        await using var app = Build();
        var output = new StringWriter();

        var exitCode = await GenerationBenchmark.RunAsync(app.Services, users: 2, existingEmail: null, keep: false, output);

        Assert.Contains(exitCode, new[] { 0, 2 });
        Assert.Contains("for 2 users", output.ToString());
        Assert.Matches(@"per full set of nine: p50 \d+ ms, p95 \d+ ms, max \d+ ms", output.ToString());
        Assert.Contains("for 2 sets (18 products)", output.ToString());
        await using var db = database.CreateContext();
        Assert.False(await db.Users.AnyAsync(u => u.Email!.StartsWith("bench-")));
        Assert.False(await db.GeneratedProducts.AnyAsync());
    }

    [Fact]
    public async Task An_unknown_user_email_is_an_error()
    {
        await using var app = Build();
        var output = new StringWriter();

        Assert.Equal(1, await GenerationBenchmark.RunAsync(app.Services, users: 20, existingEmail: "nobody@example.com", keep: false, output));
        Assert.Contains("No user with email nobody@example.com.", output.ToString());
    }

    private WebApplication Build()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Services.AddSingleton<IDbContextFactory<CareerNavigatorDbContext>>(new TestContextFactory(database));
        builder.AddProducts();
        builder.AddOccupations();
        return builder.Build();
    }
}
