using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>What the tools (seed-users, bench-admin) take from the app's services: its environment, clock and contexts.</summary>
public static class CommandServices
{
    public static ServiceProvider For(MigratedDatabase database, string environment = "Development", TimeProvider? clock = null) => new ServiceCollection()
        .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment })
        .AddSingleton(clock ?? TimeProvider.System)
        .AddSingleton<IDbContextFactory<CareerNavigatorDbContext>>(new TestContextFactory(database))
        .BuildServiceProvider();
}
