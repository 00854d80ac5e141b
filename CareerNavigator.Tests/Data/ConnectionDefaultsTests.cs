using CareerNavigator.Data;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerNavigator.Tests.Data;

/// <summary>
/// PostgreSQL parses and plans the app's frequent statements once per connection, and pooled connections are not reset
/// between uses, unless the deployment says otherwise.
/// </summary>
public sealed class ConnectionDefaultsTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_query_the_app_repeats_is_prepared_on_its_connection()
    {
        // Npgsql prepares a statement from its fifth use on a connection (Auto Prepare Min Usages).
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 6; i++)
        {
            await db.UserProfiles.AsNoTracking().Where(p => p.UserId == i).ToListAsync();
        }

        var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();

        Assert.Contains(prepared, s => s.Contains("user_profiles", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host=db;Database=app", 64)]
    [InlineData("Host=db;Database=app;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=app;max auto prepare=5", 5)]
    public void The_connection_string_prepares_statements_unless_it_says_otherwise(string given, int expected)
    {
        var used = new NpgsqlConnectionStringBuilder(DatabaseOptionsBuilder.WithConnectionDefaults(given));

        Assert.Equal(expected, used.MaxAutoPrepare);
        Assert.Equal("db", used.Host);
    }

    [Theory]
    [InlineData("Host=db;Database=app", true)]
    [InlineData("Host=db;Database=app;No Reset On Close=false", false)]
    [InlineData("Host=db;Database=app;noresetonclose=false", false)]
    public void Pooled_connections_are_not_reset_unless_the_connection_string_says_otherwise(string given, bool expected)
    {
        var used = new NpgsqlConnectionStringBuilder(DatabaseOptionsBuilder.WithConnectionDefaults(given));

        Assert.Equal(expected, used.NoResetOnClose);
        Assert.Equal("app", used.Database);
    }

    [Fact]
    public async Task The_apps_contexts_use_the_defaults()
    {
        await using var db = database.CreateContext();

        var used = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());

        Assert.True(used.NoResetOnClose);
        Assert.Equal(64, used.MaxAutoPrepare);
    }
}
