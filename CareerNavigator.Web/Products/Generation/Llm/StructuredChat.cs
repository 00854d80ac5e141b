using System.ClientModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>
/// Asks the model one structured question within <see cref="LlmOptions.TimeoutSeconds"/>. An answer that is not JSON or
/// fails the question's checks is asked for once more, telling the model what was wrong; a second failure, a timeout
/// or an HTTP error becomes a <see cref="GenerationFailedException"/>. The caller's cancellation propagates as is.
/// </summary>
public sealed class StructuredChat(IChatClient chat, IOptions<LlmOptions> options, ILogger<StructuredChat> logger)
{
    private const int Attempts = 2;
    private const string Unreachable = "The AI model could not be reached, so nothing was saved. Try again later.";
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(150);

    public async Task<StructuredAnswer<T>> AskAsync<T>(
        StructuredQuestion<T> question, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken) where T : class
    {
        var settings = options.Value;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.Timeout);
        var chatOptions = new ChatOptions { ResponseFormat = question.Format };
        var messages = question.Messages.ToList();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var text = question.Stream
                    ? await StreamAsync(messages, chatOptions, progress, deadline.Token)
                    : (await chat.GetResponseAsync(messages, chatOptions, deadline.Token)).Text;
                var json = WithoutCodeFence(text);
                var (value, problems) = ReadAnswer(json, question.Read);
                if (value is not null && problems.Count == 0)
                {
                    return new StructuredAnswer<T>(value, messages);
                }

                logger.LogWarning("Attempt {Attempt} of {Model} gave an unusable answer ({Count} problems): {Problems}",
                    attempt, settings.ModelLabel, problems.Count, string.Join(" | ", problems.Take(5)));
                if (attempt == Attempts)
                {
                    throw new GenerationFailedException(
                        "The AI model gave an unusable answer twice, so nothing was saved. " + Summary(problems));
                }

                progress?.Report(new GenerationProgress("The answer did not pass the checks; asking the model once more…"));
                messages = [.. messages, new ChatMessage(ChatRole.Assistant, text), new ChatMessage(ChatRole.User, Correction(problems))];
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("{Model} did not finish within {Seconds} s.", settings.ModelLabel, settings.TimeoutSeconds);
            throw new GenerationFailedException(
                $"The AI model did not finish within {settings.TimeoutSeconds} seconds, so nothing was saved. Try again later.", e);
        }
        catch (ClientResultException e)
        {
            logger.LogError(e, "{Model} failed with HTTP status {Status} (0: no connection).", settings.ModelLabel, e.Status);
            throw new GenerationFailedException(DescribeStatus(e.Status), e);
        }
        catch (HttpRequestException e)
        {
            logger.LogError(e, "{Model} could not be reached.", settings.ModelLabel);
            throw new GenerationFailedException(Unreachable, e);
        }
    }

    private async Task<string> StreamAsync(
        List<ChatMessage> messages, ChatOptions chatOptions, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        long? lastReport = null;
        await foreach (var update in chat.GetStreamingResponseAsync(messages, chatOptions, cancellationToken))
        {
            text.Append(update.Text);
            if (progress is not null && update.Text.Length > 0
                && (lastReport is null || Stopwatch.GetElapsedTime(lastReport.Value) >= ProgressInterval))
            {
                progress.Report(new GenerationProgress("The AI model is writing…", text.ToString()));
                lastReport = Stopwatch.GetTimestamp();
            }
        }

        progress?.Report(new GenerationProgress("Checking the answer…", text.ToString()));
        return text.ToString();
    }

    private static AnswerReading<T> ReadAnswer<T>(string json, Func<string, AnswerReading<T>> read) where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return AnswerReading<T>.Refused("The answer is empty.");
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return AnswerReading<T>.Refused("The answer is not a JSON object.");
            }
        }
        catch (JsonException e)
        {
            return AnswerReading<T>.Refused($"The answer is not valid JSON: {e.Message}");
        }

        try
        {
            var reading = read(json);
            return reading.Value is null && reading.Problems.Count == 0 ? AnswerReading<T>.Refused("The answer is null.") : reading;
        }
        catch (JsonException e)
        {
            return AnswerReading<T>.Refused($"The answer does not have the expected shape: {e.Message}");
        }
    }

    /// <summary>Some models wrap JSON in a Markdown fence even when asked for JSON only.</summary>
    private static string WithoutCodeFence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal) || !trimmed.EndsWith("```", StringComparison.Ordinal) || trimmed.Length < 6)
        {
            return trimmed;
        }

        var firstLineEnd = trimmed.IndexOf('\n');
        return firstLineEnd < 0 ? trimmed : trimmed[(firstLineEnd + 1)..^3].Trim();
    }

    private static string Correction(IReadOnlyList<string> problems) =>
        "Your previous answer was not accepted:\n"
        + string.Join("\n", problems.Select(p => "- " + p))
        + "\nAnswer again with the complete JSON object only, matching the schema and fixing every problem listed.";

    private static string Summary(IReadOnlyList<string> problems) =>
        problems.Count == 1 ? problems[0] : $"{problems[0]} (and {problems.Count - 1} more problems)";

    /// <summary>The SDKs report a failed connection as status 0.</summary>
    private static string DescribeStatus(int status) => status switch
    {
        0 => Unreachable,
        401 or 403 => "The AI model refused the configured API key. An administrator needs to check Generation:ApiKey.",
        404 => "The configured AI model or deployment was not found. An administrator needs to check Generation:Model and Generation:Endpoint.",
        429 => "The AI model is busy (rate limit reached), so nothing was saved. Try again in a few minutes.",
        >= 500 => $"The AI service failed (HTTP {status}), so nothing was saved. Try again later.",
        _ => $"The AI service rejected the request (HTTP {status}), so nothing was saved.",
    };
}
