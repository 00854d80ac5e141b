using System.Globalization;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>
/// The one place where chat requests are retried (the SDKs' own retry policies are switched off): a retry of
/// Microsoft.Extensions.Http.Resilience on the model's HttpClient, after 408, 429, 5xx or a connection failure, up to
/// <see cref="LlmOptions.MaxRetries"/> times, waiting what the server asks (<c>retry-after-ms</c>, then
/// <c>Retry-After</c>) or else an exponential back-off with jitter. Only sending is retried: once an answer's headers
/// have arrived, its (streamed) body belongs to the caller and a failure while reading it is not retried.
/// </summary>
public static class LlmRetryPolicy
{
    /// <summary>A server asking for a longer pause (a spent daily quota, say) gets its answer passed on instead of a wait.</summary>
    internal static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan LongestBackOff = TimeSpan.FromSeconds(30);

    public static IHttpClientBuilder AddLlmRetries(this IHttpClientBuilder client)
    {
        client.AddResilienceHandler("retry", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value;
            if (options.MaxRetries == 0)
            {
                return;
            }

            var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LlmRetryPolicy));
            var time = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            pipeline.TimeProvider = time;
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds),
                MaxDelay = LongestBackOff,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, time, logger)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? ServerWait(response, time) : null),
                OnRetry = args =>
                {
                    var retry = args.AttemptNumber + 1;
                    var delayMs = (int)args.RetryDelay.TotalMilliseconds;
                    if (args.Outcome.Exception is { } e)
                    {
                        logger.LogWarning("The AI endpoint could not be reached ({Error}); retry {Retry} of {MaxRetries} in {DelayMs} ms.",
                            e.Message, retry, options.MaxRetries, delayMs);
                    }
                    else
                    {
                        logger.LogWarning("The AI endpoint answered {Status}; retry {Retry} of {MaxRetries} in {DelayMs} ms.",
                            (int?)args.Outcome.Result?.StatusCode, retry, options.MaxRetries, delayMs);
                    }
                    return ValueTask.CompletedTask;
                },
            });
        });
        return client;
    }

    internal static bool IsTransient(HttpStatusCode status) =>
        HttpClientResiliencePredicates.IsTransient(Outcome.FromResult(new HttpResponseMessage(status)));

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeProvider time, ILogger logger)
    {
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
        {
            return false;
        }

        if (outcome.Result is { } response && ServerWait(response, time) is { } wait && wait > LongestWait)
        {
            logger.LogWarning("The AI endpoint answered {Status} and asks to wait {Seconds} s; giving up.",
                (int)response.StatusCode, (int)wait.TotalSeconds);
            return false;
        }
        return true;
    }

    /// <summary>OpenAI and Azure OpenAI send <c>retry-after-ms</c> beside the standard <c>Retry-After</c> (seconds or a date).</summary>
    internal static TimeSpan? ServerWait(HttpResponseMessage response, TimeProvider time)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is var untilThen && untilThen > TimeSpan.Zero ? untilThen : TimeSpan.Zero,
            _ => null,
        };
    }
}
