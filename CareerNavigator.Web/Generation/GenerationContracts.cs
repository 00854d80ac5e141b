using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Generation;

/// <summary>Everything a generator may use about one user: their seed rows, read without tracking.</summary>
public sealed record GenerationInput(
    int UserId,
    UserGroup? Group,
    UserProfile Profile,
    IReadOnlyList<JobExperience> Jobs,
    IReadOnlyList<Course> Courses,
    IReadOnlyList<AcademicRecord> Education);

/// <summary>What a generator produced: the content JSON (shaped like the type's content record), the
/// model that produced it ("built-in" or "provider/model") and the exact prompt or inputs used.</summary>
public sealed record GenerationResult(string ContentJson, string ModelUsed, string PromptUsed);

/// <summary>A progress note for the UI; <see cref="PartialText"/> carries streamed text when the model streams.</summary>
public sealed record GenerationProgress(string Message, string? PartialText = null);

/// <summary>Produces the content of one product for one user. Implementations: built-in, OpenAI, Azure OpenAI.</summary>
public interface IProductGenerator
{
    Task<GenerationResult> GenerateAsync(
        GenerationInput input,
        ProductType type,
        IProgress<GenerationProgress>? progress,
        CancellationToken cancellationToken);
}

/// <summary>The shape and the product rules of each product type's content.</summary>
public interface IProductContentRules
{
    /// <summary>The C# record whose JSON form is the content of <paramref name="type"/>; its JSON schema is the model's output schema.</summary>
    Type ContentType(ProductType type);

    /// <summary>Problems with <paramref name="contentJson"/> for <paramref name="type"/>, in words a person understands; empty when valid.</summary>
    IReadOnlyList<string> Validate(ProductType type, string contentJson);
}

/// <summary>A generation that could not produce valid content; the message is safe to show to the user.</summary>
public sealed class GenerationFailedException(string userMessage, Exception? inner = null) : Exception(userMessage, inner);
