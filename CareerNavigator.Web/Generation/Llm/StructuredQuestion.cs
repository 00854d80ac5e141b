using Microsoft.Extensions.AI;

namespace CareerNavigator.Web.Generation.Llm;

/// <param name="Messages">The messages of the first attempt.</param>
/// <param name="Format">The JSON schema the answer must follow.</param>
/// <param name="Check">Problems with a syntactically valid JSON answer, in words; empty when it is usable.</param>
/// <param name="Stream">Stream the answer (and report it as progress) instead of waiting for all of it.</param>
public sealed record StructuredQuestion(
    IReadOnlyList<ChatMessage> Messages,
    ChatResponseFormatJson Format,
    Func<string, IReadOnlyList<string>> Check,
    bool Stream);

/// <param name="Json">The accepted answer.</param>
/// <param name="MessagesSent">Exactly what was sent for the attempt that produced <paramref name="Json"/>.</param>
public sealed record StructuredAnswer(string Json, IReadOnlyList<ChatMessage> MessagesSent);
