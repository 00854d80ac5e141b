using System.Text.Json.Serialization;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Occupations.Targets;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Web.Products.Generation;

/// <summary>
/// Everything a generator may use about one user: their seed rows, read without tracking, and the ESCO occupations
/// their products aim at with their skill gaps (<see cref="Targets"/>; none when they chose none and their goals name none).
/// </summary>
public sealed record GenerationInput(
    int UserId,
    UserGroup? Group,
    UserProfile Profile,
    IReadOnlyList<JobExperience> Jobs,
    IReadOnlyList<Course> Courses,
    IReadOnlyList<AcademicRecord> Education,
    IReadOnlyList<CareerTarget>? Targets = null)
{
    /// <summary>Sent to a model in the shape of <see cref="Llm.PromptInput"/>, not as these records.</summary>
    [JsonIgnore]
    public IReadOnlyList<CareerTarget> Targets { get; init; } = Targets ?? [];

    /// <summary>The profile's confirmed skills (<c>user_skills</c>) in the order they were added.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>The facts the user typed into a document or confirmed as true: the source check counts them as theirs.</summary>
    [JsonIgnore]
    public IReadOnlyList<(ClaimKind Kind, string Text)> ConfirmedFacts { get; init; } = [];

    /// <summary>The application a product that belongs to one (a cover letter) is written for; null for every other product.</summary>
    public ApplicationBrief? Application { get; init; }
}

/// <summary>What a generator produced: the type's content record (not yet checked against the type's rules), the
/// model that produced it ("built-in" or "provider/model") and the exact prompt or inputs used.</summary>
public sealed record GenerationResult(object Content, string ModelUsed, string PromptUsed);

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

/// <summary>
/// The content record, JSON form and rules of each product type. JSON is read where it enters the app (a model's
/// answer, an API client, a stored row) and written once, when a version is stored; in between content is the record.
/// </summary>
public interface IProductContentRules
{
    /// <summary>The C# record of <paramref name="type"/>'s content; its JSON schema is the model's output schema.</summary>
    Type ContentType(ProductType type);

    /// <summary>Reads JSON from outside the app into the content record and checks the type's rules.</summary>
    ContentReading Read(ProductType type, string contentJson);

    /// <summary>Problems with <paramref name="content"/> for <paramref name="type"/>, in words a person understands; empty when valid.</summary>
    IReadOnlyList<string> Validate(ProductType type, object content);

    /// <summary>The stored JSON form of <paramref name="content"/>.</summary>
    string Serialize(ProductType type, object content);
}

/// <summary>A generation that could not produce valid content; the message is safe to show to the user.</summary>
public sealed class GenerationFailedException(string userMessage, Exception? inner = null) : Exception(userMessage, inner);
