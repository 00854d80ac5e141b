using Microsoft.Extensions.AI;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <param name="Messages">The messages of the first attempt.</param>
/// <param name="Format">The JSON schema the answer must follow.</param>
/// <param name="Read">Reads a JSON object answer into the value, or says in words what is wrong with it (then the value is ignored).</param>
/// <param name="Stream">Stream the answer (and report it as progress) instead of waiting for all of it.</param>
public sealed record StructuredQuestion<T>(
    IReadOnlyList<ChatMessage> Messages,
    ChatResponseFormatJson Format,
    Func<string, AnswerReading<T>> Read,
    bool Stream) where T : class;

/// <summary>An answer read into a value, or the problems that make it unusable.</summary>
public sealed record AnswerReading<T>(T? Value, IReadOnlyList<string> Problems) where T : class
{
    public static AnswerReading<T> Refused(params IReadOnlyList<string> problems) => new(null, problems);
}

/// <param name="Value">The accepted answer, read once.</param>
/// <param name="MessagesSent">Exactly what was sent for the attempt that produced <paramref name="Value"/>.</param>
public sealed record StructuredAnswer<T>(T Value, IReadOnlyList<ChatMessage> MessagesSent);
