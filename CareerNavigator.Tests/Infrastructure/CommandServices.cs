using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>What the app's command-line tools (seed-users, bench-admin) get from the host: its environment and contexts.</summary>
public static class CommandServices
{
    public static ServiceProvider For(MigratedDatabase database, string environment = "Development") => new ServiceCollection()
        .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment })
        .AddSingleton<IDbContextFactory<CareerNavigatorDbContext>>(new TestContextFactory(database))
        .BuildServiceProvider();
}
