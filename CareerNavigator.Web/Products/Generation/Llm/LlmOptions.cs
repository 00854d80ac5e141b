namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>
/// Section <c>Generation</c>: which AI model writes the products. <see cref="ApiKey"/> comes from user secrets or
/// the environment (<c>Generation__ApiKey</c>), never from a file in the repository.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Generation";
    public const string OpenAI = "OpenAI";
    public const string AzureOpenAI = "AzureOpenAI";
    public const string BuiltIn = "BuiltIn";

    /// <summary><c>BuiltIn</c> (default, no model), <c>OpenAI</c> (any OpenAI-compatible endpoint) or <c>AzureOpenAI</c>.</summary>
    public string Provider { get; set; } = BuiltIn;

    /// <summary>OpenAI-compatible base URL (e.g. <c>https://api.openai.com/v1</c>, <c>http://localhost:11434/v1</c>) or the Azure resource URL.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name, or for Azure OpenAI the deployment name.</summary>
    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The whole generation, both attempts and every retry included.</summary>
    public int TimeoutSeconds { get; set; } = 300;

    /// <summary>Retries of one HTTP request after 429 or 5xx.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off delay when the server does not say how long to wait; it doubles on each retry.</summary>
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    public bool IsLlm => IsModelProvider(Provider);

    internal bool IsOpenAI => string.Equals(Provider, OpenAI, StringComparison.OrdinalIgnoreCase);

    internal bool IsAzureOpenAI => string.Equals(Provider, AzureOpenAI, StringComparison.OrdinalIgnoreCase);

    internal bool IsBuiltIn => string.IsNullOrWhiteSpace(Provider) || string.Equals(Provider, BuiltIn, StringComparison.OrdinalIgnoreCase);

    /// <summary>What is stored as <c>model_used</c>: <c>openai/&lt;model&gt;</c> or <c>azure-openai/&lt;deployment&gt;</c>.</summary>
    public string ModelLabel => (IsAzureOpenAI ? "azure-openai/" : "openai/") + Model;

    /// <summary>Whether <paramref name="provider"/> (a <c>Generation:Provider</c> value) names an AI model rather than the built-in generator.</summary>
    public static bool IsModelProvider(string? provider) =>
        string.Equals(provider, OpenAI, StringComparison.OrdinalIgnoreCase) || string.Equals(provider, AzureOpenAI, StringComparison.OrdinalIgnoreCase);

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);
}
