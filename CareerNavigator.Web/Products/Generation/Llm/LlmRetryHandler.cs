using System.Net;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>
/// The one place where chat requests are retried (the SDKs' own retry policies are switched off): after 408, 429,
/// 5xx or a connection failure, up to <see cref="LlmOptions.MaxRetries"/> times, waiting what the server asks
/// (<c>retry-after-ms</c>, then <c>Retry-After</c>) or else an exponential back-off with jitter.
/// </summary>
public sealed class LlmRetryHandler(LlmOptions options, ILogger<LlmRetryHandler> logger) : DelegatingHandler
{
    /// <summary>A server asking for a longer pause (a spent daily quota, say) gets its answer passed on instead of a wait.</summary>
    internal static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan LongestBackOff = TimeSpan.FromSeconds(30);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var retry = 1; ; retry++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e) when (retry <= options.MaxRetries && !cancellationToken.IsCancellationRequested)
            {
                var backOff = BackOff(retry);
                logger.LogWarning("The AI endpoint could not be reached ({Error}); retry {Retry} of {MaxRetries} in {DelayMs} ms.",
                    e.Message, retry, options.MaxRetries, (int)backOff.TotalMilliseconds);
                await Task.Delay(backOff, cancellationToken);
                continue;
            }

            if (retry > options.MaxRetries || !IsTransient(response.StatusCode))
            {
                return response;
            }

            var wait = ServerWait(response) ?? BackOff(retry);
            if (wait > LongestWait)
            {
                logger.LogWarning("The AI endpoint answered {Status} and asks to wait {Seconds} s; giving up.",
                    (int)response.StatusCode, (int)wait.TotalSeconds);
                return response;
            }

            logger.LogWarning("The AI endpoint answered {Status}; retry {Retry} of {MaxRetries} in {DelayMs} ms.",
                (int)response.StatusCode, retry, options.MaxRetries, (int)wait.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>OpenAI and Azure OpenAI send <c>retry-after-ms</c> beside the standard <c>Retry-After</c> (seconds or a date).</summary>
    internal static TimeSpan? ServerWait(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var milliseconds)
            && milliseconds >= 0)
        {
            return TimeSpan.FromMilliseconds(milliseconds);
        }

        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow is var untilThen && untilThen > TimeSpan.Zero ? untilThen : TimeSpan.Zero,
            _ => null,
        };
    }

    private TimeSpan BackOff(int retry)
    {
        var exponential = options.RetryBaseDelayMilliseconds * Math.Pow(2, retry - 1);
        var jittered = exponential * (0.8 + 0.4 * Random.Shared.NextDouble());
        return TimeSpan.FromMilliseconds(Math.Min(jittered, LongestBackOff.TotalMilliseconds));
    }
}
