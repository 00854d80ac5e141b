using CareerNavigator.Load.Circuits;
using CareerNavigator.Load.Runs;
using CareerNavigator.Load.Scenarios;
using CareerNavigator.Tools.LoadUsers;

namespace CareerNavigator.Tests.Load;

public sealed class VirtualUserTests(LoadApp app) : IClassFixture<LoadApp>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly OnboardingScenario _scenario = new();

    [Fact]
    public async Task A_virtual_user_signs_in_types_a_goal_goes_next_and_back_and_finds_the_goal_saved()
    {
        await using var user = await ConnectedUserAsync(1);
        var circuit = user.Circuit!;
        Assert.Equal("Goals", circuit.Query(d => d.TextOf("step-title")));

        Assert.Equal("type", await InteractAsync(user));
        var typed = user.Memory.Typed;
        Assert.Equal("next", await InteractAsync(user));
        Assert.Equal("Education", circuit.Query(d => d.TextOf("step-title")));
        Assert.Equal("back", await InteractAsync(user));

        Assert.Equal("Goals", circuit.Query(d => d.TextOf("step-title")));
        Assert.Equal(typed, circuit.Query(d => d.Elements().First(e => e.Name == "textarea").Attribute("value")));
        Assert.Null(circuit.Error);
    }

    [Fact]
    public async Task Save_and_continue_right_after_typing_keeps_the_typed_goal()
    {
        await using var user = await ConnectedUserAsync(6);
        await InteractAsync(user);
        var typed = user.Memory.Typed;
        await InteractAsync(user);
        await InteractAsync(user);

        Assert.Equal(typed, user.Circuit!.Query(d => d.Elements().First(e => e.Name == "textarea").Attribute("value")));
    }

    [Fact]
    public async Task Render_batches_are_acknowledged_in_order_from_the_first()
    {
        await using var user = await ConnectedUserAsync(2);
        await InteractAsync(user);
        await InteractAsync(user);

        var circuit = user.Circuit!;
        var acknowledged = circuit.Query(_ => circuit.AcknowledgedBatchIds.ToList());
        Assert.True(acknowledged.Count >= 3, $"only {acknowledged.Count} batches");
        Assert.Equal(Enumerable.Range(2, acknowledged.Count).Select(i => (long)i), acknowledged);
    }

    [Fact]
    public async Task A_wrong_password_is_reported_as_a_sign_in_error_and_not_as_latency()
    {
        using var http = new VirtualUserHttp(app.BaseUrl);
        var failure = await Assert.ThrowsAsync<SignInFailedException>(() =>
            http.SignInAsync(VirtualUser.AccountEmail("onboarding", 3), "not-the-password-at-all", CancellationToken.None));
        Assert.Contains("don't match", failure.Message);

        var result = await new LoadRun(Options(firstUser: 4, users: 1) with { Password = "not-the-password-at-all" }, TextWriter.Null)
            .RunAsync(CancellationToken.None);

        Assert.Equal(1, result.Errors["sign-in"]);
        Assert.Equal(0, result.CircuitsHeld);
        Assert.Equal(0, result.LatencyMilliseconds.Count);
        Assert.Equal(0, result.ConnectMilliseconds.Count);
    }

    [Fact]
    public async Task Fifty_users_on_the_goals_step_get_every_interaction_answered_without_errors()
    {
        var result = await new LoadRun(Options(firstUser: 11, users: 50) with
        {
            RampSteps = 2,
            StepSettle = TimeSpan.FromSeconds(1),
            Hold = TimeSpan.FromSeconds(10),
            Interval = TimeSpan.FromSeconds(3),
        }, TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.True(result.ErrorCount == 0, string.Join("\n", result.ErrorSamples));
        Assert.Equal(50, result.CircuitsHeld);
        Assert.True(result.InteractionsAnswered >= 50, $"{result.InteractionsAnswered} interactions");
        Assert.Equal(result.InteractionsStarted, result.InteractionsAnswered);
        Assert.Equal(3, result.Memory.Count(p => p.Circuits > 0));
    }

    private LoadOptions Options(int firstUser, int users) => new()
    {
        BaseUrl = app.BaseUrl,
        Scenario = _scenario.Name,
        FirstUser = firstUser,
        Users = users,
        Password = LoadUserSeeder.DefaultPassword,
        RampSteps = 1,
        StepSettle = TimeSpan.Zero,
        Hold = TimeSpan.Zero,
        InteractionTimeout = Timeout,
    };

    private async Task<VirtualUser> ConnectedUserAsync(int number)
    {
        var user = new VirtualUser(number, VirtualUser.AccountEmail(_scenario.AccountKind, number), app.BaseUrl);
        await user.SignInAsync(LoadUserSeeder.DefaultPassword, CancellationToken.None);
        await user.ConnectAsync(_scenario, Timeout, _ => { }, CancellationToken.None);
        return user;
    }

    private async Task<string> InteractAsync(VirtualUser user)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var name = await _scenario.InteractAsync(user.Circuit!, user.Memory, timeout.Token);
        user.Memory.Interactions++;
        return name;
    }
}
