using System.Diagnostics;
using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>The generator through the real OpenAI and Azure OpenAI SDKs against a loopback chat-completions server.</summary>
public sealed class LlmProductGeneratorTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task A_streamed_valid_answer_becomes_the_result_with_model_and_exact_prompt(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(TestContentRules.Valid));
        await using var app = LlmTestApp.Create(server, provider);
        var progress = new SyncProgress();

        var result = await app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.CareerPlan1Y, progress, CancellationToken.None);

        Assert.Equal(TestContentRules.Valid, result.ContentJson());
        Assert.Equal(provider == LlmOptions.OpenAI ? "openai/test-model" : "azure-openai/test-deployment", result.ModelUsed);
        var request = Assert.Single(server.Received);
        Assert.True(request.Streams);
        var stored = ChatTranscript.FromJson(result.PromptUsed);
        Assert.Equal(request.Messages, stored.Select(m => (m.Role.Value, m.Text)));
        Assert.Contains(progress.Reports, p => p.PartialText is { Length: > 0 } text && TestContentRules.Valid.StartsWith(text, StringComparison.Ordinal));
        Assert.Equal(TestContentRules.Valid, progress.Reports.Last().PartialText);
    }

    [Fact]
    public async Task The_OpenAI_path_sends_the_model_the_bearer_key_and_the_schema()
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(TestContentRules.Valid));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);

        await app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.Cv, null, CancellationToken.None);

        var request = Assert.Single(server.Received);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal(LlmTestApp.Model, request.Body["model"]!.GetValue<string>());
        Assert.Equal($"Bearer {app.ApiKey}", request.Header("Authorization"));
        Assert.Null(request.Header("api-key"));
        AssertSchemaSent(request, "cv");
    }

    [Fact]
    public async Task The_Azure_path_sends_the_deployment_the_api_key_header_and_the_schema()
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(TestContentRules.Valid));
        await using var app = LlmTestApp.Create(server, LlmOptions.AzureOpenAI);

        await app.Generator.GenerateAsync(TestInputs.Persona(1), ProductType.PossibleJobs, null, CancellationToken.None);

        var request = Assert.Single(server.Received);
        Assert.Equal($"/openai/deployments/{LlmTestApp.Deployment}/chat/completions", request.Path);
        Assert.False(string.IsNullOrEmpty(request.Query.GetValueOrDefault("api-version")));
        Assert.Equal(app.ApiKey, request.Header("api-key"));
        Assert.Null(request.Header("Authorization"));
        AssertSchemaSent(request, "possible_jobs");
    }

    private static void AssertSchemaSent(ReceivedRequest request, string name)
    {
        var format = request.Body["response_format"]!;
        Assert.Equal("json_schema", format["type"]!.GetValue<string>());
        Assert.Equal(name, format["json_schema"]!["name"]!.GetValue<string>());
        var schema = format["json_schema"]!["schema"]!;
        Assert.Equal("object", schema["type"]!.GetValue<string>());
        var properties = schema["properties"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["title", "target_role", "milestones"], properties);
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        Assert.NotNull(schema["properties"]!["milestones"]!["items"]!["properties"]!["goal"]);
    }
}
