using System.Net;
using System.Net.Http.Json;
using CareerNavigator.Data;
using CareerNavigator.Load.Runs;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tools.LoadUsers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Load;

public sealed class LoadEndpointTests(LoadApp app) : IClassFixture<LoadApp>
{
    [Fact]
    public async Task The_measurement_endpoint_reports_memory_and_circuits_after_a_full_collection()
    {
        using var client = new HttpClient { BaseAddress = app.BaseUrl };

        var sample = await client.GetFromJsonAsync<ServerSample>("_load/server?gc=true");

        Assert.NotNull(sample);
        // Not "working set > heap": in a long test run part of the committed heap may not be resident.
        Assert.True(sample.GcHeapBytes > 0 && sample.WorkingSetBytes > 0);
        Assert.True(sample.CpuSeconds > 0);
        Assert.True(sample.CircuitsOpen >= 0);
        // The forced collections themselves count as young ones and pause the process.
        Assert.True(sample.YoungCollections >= 2 && sample.YoungCollections >= sample.Gen2Collections);
        Assert.True(sample.GcPauseSeconds > 0);
    }

    [Fact]
    public async Task Without_the_load_runs_hosting_startup_the_measurement_endpoint_does_not_exist()
    {
        await using var plain = AppFactory.ForPostgres(app.ConnectionString);
        using var client = new HttpClient { BaseAddress = new Uri(plain.StartKestrel()) };

        using var response = await client.GetAsync("_load/server?gc=true");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Seeding_again_puts_onboarding_users_back_on_an_empty_goals_step_without_duplicates()
    {
        var email = LoadUserSeeder.Email("onboarding", 5);
        var factory = app.Services.GetRequiredService<IDbContextFactory<CareerNavigatorDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            await db.UserProfiles.Where(p => p.UserId == user.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.CareerGoals, "moved on"));
            await db.OnboardingProgress.Where(p => p.UserId == user.Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.CurrentStep, "education"));
        }

        await LoadUserSeeder.RunAsync(app.Services, new LoadUserSeeder.Accounts(Onboarding: 5, Complete: 0), TextWriter.Null);

        await using var check = await factory.CreateDbContextAsync();
        var seeded = await check.Users.Where(u => u.Email == email).Select(u => u.Id).ToListAsync();
        var id = Assert.Single(seeded);
        Assert.Equal("goals", await check.OnboardingProgress.Where(p => p.UserId == id).Select(p => p.CurrentStep).SingleAsync());
        Assert.Null(await check.UserProfiles.Where(p => p.UserId == id).Select(p => p.CareerGoals).SingleAsync());
        Assert.Equal(LoadApp.OnboardingAccounts, await check.Users.CountAsync(u => u.Email!.StartsWith("load-onboarding-")));
    }
}
