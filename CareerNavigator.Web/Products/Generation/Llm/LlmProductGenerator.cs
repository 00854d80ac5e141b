using CareerNavigator.Data.Entities;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>Writes a product with the configured AI model, streamed, as JSON of the type's content record, checked by the product rules.</summary>
public sealed class LlmProductGenerator(StructuredChat chat, IProductContentRules rules, IOptions<LlmOptions> options) : IProductGenerator
{
    public async Task<GenerationResult> GenerateAsync(
        GenerationInput input, ProductType type, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var label = type.Label();
        var question = new StructuredQuestion<object>(
            PromptBuilder.ForProduct(input, type),
            ContentSchemas.ResponseFormat(rules.ContentType(type), label, $"The content of the {label} product."),
            json =>
            {
                var reading = rules.Read(type, json);
                return new AnswerReading<object>(reading.Content, reading.Problems);
            },
            Stream: true);

        progress?.Report(new GenerationProgress("Asking the AI model…"));
        var answer = await chat.AskAsync(question, progress, cancellationToken);
        return new GenerationResult(SkillClaims.Check(answer.Value, input), options.Value.ModelLabel, ChatTranscript.ToJson(answer.MessagesSent));
    }
}
