using System.Diagnostics;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>Retries, timeouts, cancellation and HTTP failures, through both SDKs.</summary>
public sealed class LlmResilienceTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_429_is_retried_after_the_Retry_After_seconds_not_the_back_off(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(
            Reply.Status(429, "slow down", ("Retry-After", "1")), Reply.Answer(TestContentRules.Valid));
        await using var app = LlmTestApp.Create(server, provider, s => s["Generation:RetryBaseDelayMilliseconds"] = "8000");

        var result = await Generate(app);

        Assert.Equal(TestContentRules.Valid, result.ContentJson());
        var gap = GapBetweenRequests(server);
        Assert.InRange(gap.TotalSeconds, 0.9, 10);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Retry_after_ms_wins_over_Retry_After(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(
            Reply.Status(429, "slow down", ("retry-after-ms", "250"), ("Retry-After", "20")), Reply.Answer(TestContentRules.Valid));
        await using var app = LlmTestApp.Create(server, provider);

        await Generate(app);

        Assert.InRange(GapBetweenRequests(server).TotalSeconds, 0.2, 5);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_500_then_success_is_retried_and_succeeds(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Status(500), Reply.Status(503), Reply.Answer(TestContentRules.Valid));
        await using var app = LlmTestApp.Create(server, provider);

        var result = await Generate(app);

        Assert.Equal(TestContentRules.Valid, result.ContentJson());
        Assert.Equal(3, server.Received.Count);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Persistent_5xx_fail_after_MaxRetries_retries_counted_once(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Status(500));
        await using var app = LlmTestApp.Create(server, provider, s => s["Generation:MaxRetries"] = "2");

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => Generate(app));

        Assert.Equal(3, server.Received.Count);
        Assert.Contains("HTTP 500", failure.Message);
        Assert.Contains("nothing was saved", failure.Message);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_a_minute_is_reported_instead_of_waited_for()
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Status(429, "quota", ("Retry-After", "3600")));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => Generate(app));

        Assert.Single(server.Received);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}, not the hour asked for");
        Assert.Contains("busy", failure.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Client_errors_are_not_retried_and_a_refused_key_is_explained(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Status(401, "Incorrect API key provided"));
        await using var app = LlmTestApp.Create(server, provider);

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => Generate(app));

        Assert.Single(server.Received);
        Assert.Contains("API key", failure.Message);
        Assert.DoesNotContain(app.ApiKey, failure.ToString());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_server_that_never_answers_fails_at_the_overall_timeout(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Hang());
        await using var app = LlmTestApp.Create(server, provider, s => s["Generation:TimeoutSeconds"] = "1");

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => Generate(app));

        Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 15);
        Assert.Contains("did not finish within 1 seconds", failure.Message);
        Assert.Single(server.Received);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_stream_that_stalls_fails_at_the_overall_timeout(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.StreamThenHang("{\"title\":\"Pl"));
        await using var app = LlmTestApp.Create(server, provider, s => s["Generation:TimeoutSeconds"] = "1");

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => Generate(app));

        Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 15);
        Assert.Contains("did not finish", failure.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_stream_that_breaks_after_its_first_token_is_not_sent_again(string provider)
    {
        var firstToken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FakeChatServer.StartAsync(Reply.StreamThenBreak("{\"title\":\"Pl", firstToken.Task));
        await using var app = LlmTestApp.Create(server, provider);
        var progress = new SyncProgress(p =>
        {
            if (p.PartialText is not null)
            {
                firstToken.TrySetResult();
            }
        });

        await Assert.ThrowsAnyAsync<Exception>(() =>
            app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.Cv, progress, CancellationToken.None));

        Assert.Single(server.Received);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Cancelling_mid_stream_throws_OperationCanceledException_promptly(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.StreamThenHang("{\"title\":\"Pl"));
        await using var app = LlmTestApp.Create(server, provider);
        using var cancel = new CancellationTokenSource();
        var cancelledAt = Stopwatch.StartNew();
        var progress = new SyncProgress(p =>
        {
            if (p.PartialText is not null)
            {
                cancelledAt.Restart();
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.Cv, progress, cancel.Token));

        Assert.True(cancelledAt.Elapsed < TimeSpan.FromSeconds(5), $"took {cancelledAt.Elapsed} after cancelling");
        Assert.Contains(progress.Reports, p => p.PartialText == "{\"title\":\"Pl");
    }

    [Fact]
    public async Task Cancelling_during_a_retry_wait_stops_at_once()
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Status(429, "slow down", ("Retry-After", "30")));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);
        using var cancel = new CancellationTokenSource();

        var generating = app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.Cv, null, cancel.Token);
        // Cancelled once the 429 has been answered, i.e. while the generator waits its 30 seconds.
        var answered = Stopwatch.StartNew();
        while (server.Received.Count == 0 && answered.Elapsed < TimeSpan.FromSeconds(20))
        {
            await Task.Delay(20);
        }
        Assert.Single(server.Received);
        var clock = Stopwatch.StartNew();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generating);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed} after cancelling");
        Assert.Single(server.Received);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_retried_then_reported()
    {
        await using var server = await FakeChatServer.StartAsync();
        var closed = server.Url;
        await server.DisposeAsync();
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI, s =>
        {
            s["Generation:Endpoint"] = closed + "/v1";
            s["Generation:MaxRetries"] = "1";
        });

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => Generate(app));

        Assert.Contains("could not be reached", failure.Message);
        Assert.Contains(app.Logs.Lines, line => line.Contains("retry 1 of 1"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_api_key_is_never_logged(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(
            Reply.Status(429, "slow", ("retry-after-ms", "10")), Reply.Status(500), Reply.Answer("not json"), Reply.Status(401));
        await using var app = LlmTestApp.Create(server, provider);

        await Assert.ThrowsAsync<GenerationFailedException>(() => Generate(app));

        Assert.NotEmpty(app.Logs.Lines);
        Assert.DoesNotContain(app.ApiKey, app.Logs.All);
        Assert.DoesNotContain(app.ApiKey[^12..], app.Logs.All);
    }

    private static Task<GenerationResult> Generate(LlmTestApp app) =>
        app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.CareerPlan1Y, null, CancellationToken.None);

    private static TimeSpan GapBetweenRequests(FakeChatServer server)
    {
        var requests = server.Received.ToList();
        Assert.Equal(2, requests.Count);
        return requests[1].At - requests[0].At;
    }
}
