using CareerNavigator.Data.Entities;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Generation.Llm;

/// <summary>Writes a product with the configured AI model, streamed, as JSON of the type's content record, checked by the product rules.</summary>
public sealed class LlmProductGenerator(StructuredChat chat, IProductContentRules rules, IOptions<LlmOptions> options) : IProductGenerator
{
    public async Task<GenerationResult> GenerateAsync(
        GenerationInput input, ProductType type, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var label = type.Label();
        var question = new StructuredQuestion(
            PromptBuilder.ForProduct(input, type),
            ContentSchemas.ResponseFormat(rules.ContentType(type), label, $"The content of the {label} product."),
            json => rules.Validate(type, json),
            Stream: true);

        progress?.Report(new GenerationProgress("Asking the AI model…"));
        var answer = await chat.AskAsync(question, progress, cancellationToken);
        return new GenerationResult(answer.Json, options.Value.ModelLabel, ChatTranscript.ToJson(answer.MessagesSent));
    }
}
