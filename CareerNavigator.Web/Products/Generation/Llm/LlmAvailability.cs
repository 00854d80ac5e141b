namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>Whether an AI model is configured; the features that need one (CV extraction) say why they are absent.</summary>
public interface ILlmAvailability
{
    bool IsConfigured { get; }

    /// <summary>Why the AI features are absent, in words for the user; null when configured.</summary>
    string? Reason { get; }
}

public sealed record LlmAvailability(bool IsConfigured, string? Reason) : ILlmAvailability
{
    public static readonly LlmAvailability Configured = new(true, null);

    public static readonly LlmAvailability NotConfigured = new(false, "CV extraction needs an AI model; none is configured.");
}
