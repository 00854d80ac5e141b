using CareerNavigator.Web.Products.Generation.Llm;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>Both client paths, for theories that must hold through each SDK.</summary>
public static class Providers
{
    public static TheoryData<string> Both => [LlmOptions.OpenAI, LlmOptions.AzureOpenAI];
}
