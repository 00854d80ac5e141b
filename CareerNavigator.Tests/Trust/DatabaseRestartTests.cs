using System.Net;
using Bunit;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Components.Profile;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Trust;

/// <summary>
/// The database stops and starts while a user works: the test runs its own PostgreSQL so that it may stop it.
/// Nothing the user typed is lost, they see what is going on, and health follows the database without a restart.
/// </summary>
public sealed class DatabaseRestartTests : IAsyncLifetime
{
    private PostgresServer _server = default!;
    private MigratedDatabase _database = default!;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartPrivateAsync();
        _database = MigratedDatabase.On(_server);
        await _database.InitializeAsync();
    }

    public Task DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        _server.Remove();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_save_during_a_database_restart_shows_reconnecting_and_loses_nothing()
    {
        User user;
        await using (var db = _database.CreateContext())
        {
            user = await TestUsers.AddAsync(db, UserGroup.ExperiencedContinuing);
        }
        await using var ctx = ComponentTestContext.Create(_database).WithProfileServices();
        ctx.SignIn(user.Id, user.Email!);
        var editor = ctx.Render<PersonalDetailsEditor>(p => p.Add(e => e.ShowSaveButton, true));
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll("input")));
        await editor.InvokeAsync(() => editor.FindAll("input")[0].Change("41"));

        await _server.StopAsync();
        var saving = editor.InvokeAsync(() => editor.Instance.SaveAsync());
        editor.WaitForAssertion(
            () => Assert.Contains("Reconnecting to the database", editor.Find("[data-testid=editor-notice]").TextContent),
            TimeSpan.FromSeconds(30));
        await _server.StartAgainAsync();

        var saved = await saving.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(saved, "the save completes once the database is back: " + editor.Markup[..Math.Min(3000, editor.Markup.Length)]);
        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll("[data-testid=editor-notice]")));
        Assert.Empty(editor.FindAll("[data-testid=editor-error]"));
        await using var check = _database.CreateContext();
        Assert.Equal(41, (await check.UserProfiles.AsNoTracking().SingleAsync(p => p.UserId == user.Id)).Age);
    }

    [Fact]
    public async Task Health_answers_503_while_the_database_is_down_and_200_again_without_a_restart()
    {
        await using var app = AppFactory.ForPostgres(_database.ConnectionString);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        await _server.StopAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/healthz")).StatusCode);

        await _server.StartAgainAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
