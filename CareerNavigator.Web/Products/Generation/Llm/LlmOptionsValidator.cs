using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Products.Generation.Llm;

/// <summary>Fails start-up with every missing or wrong <c>Generation:*</c> setting named; never echoes the key.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        if (options.IsBuiltIn)
        {
            return ValidateOptionsResult.Success;
        }

        if (!options.IsLlm)
        {
            return ValidateOptionsResult.Fail(
                $"Generation:Provider '{options.Provider}' is unknown; use {LlmOptions.BuiltIn}, {LlmOptions.OpenAI} or {LlmOptions.AzureOpenAI}.");
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            problems.Add($"Generation:Endpoint is missing (Generation:Provider is {options.Provider})");
        }
        else if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            problems.Add($"Generation:Endpoint '{options.Endpoint}' is not an http(s) URL");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            problems.Add(options.IsAzureOpenAI
                ? "Generation:Model is missing: set it to the Azure OpenAI deployment name"
                : "Generation:Model is missing: set it to the model name (e.g. gpt-4o-mini, llama3.1)");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            problems.Add("Generation:ApiKey is missing: set it with `dotnet user-secrets set Generation:ApiKey <key> "
                         + "--project CareerNavigator.Web` or the environment variable Generation__ApiKey");
        }

        if (options.TimeoutSeconds is < 1 or > 3600)
        {
            problems.Add($"Generation:TimeoutSeconds must be between 1 and 3600 (it is {options.TimeoutSeconds})");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            problems.Add($"Generation:MaxRetries must be between 0 and 10 (it is {options.MaxRetries})");
        }

        if (options.RetryBaseDelayMilliseconds is < 0 or > 60_000)
        {
            problems.Add($"Generation:RetryBaseDelayMilliseconds must be between 0 and 60000 (it is {options.RetryBaseDelayMilliseconds})");
        }

        // Fail joins the messages with "; ", so they carry no full stop of their own.
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
