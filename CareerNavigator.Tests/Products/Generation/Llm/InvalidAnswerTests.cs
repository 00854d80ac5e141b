using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>An unusable answer is asked for once more, saying what was wrong; a second one fails.</summary>
public sealed class InvalidAnswerTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Invalid_JSON_then_valid_succeeds_and_the_second_request_says_what_was_wrong(string provider)
    {
        const string chatty = "Sure! Here is your plan: {\"title\":";
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(chatty), Reply.Answer(TestContentRules.Valid));
        await using var app = LlmTestApp.Create(server, provider);
        var progress = new SyncProgress();

        var result = await app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.Cv, progress, CancellationToken.None);

        Assert.Equal(TestContentRules.Valid, result.ContentJson());
        var requests = server.Received.ToList();
        Assert.Equal(2, requests.Count);
        var retry = requests[1].Messages;
        Assert.Equal(requests[0].Messages, retry.Take(2));
        Assert.Equal(("assistant", chatty), retry[2]);
        Assert.Equal("user", retry[3].Role);
        Assert.Contains("not valid JSON", retry[3].Text);
        Assert.Equal(retry, ChatTranscript.FromJson(result.PromptUsed).Select(m => (m.Role.Value, m.Text)));
        Assert.Contains(progress.Reports, p => p.Message.Contains("once more"));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Invalid_JSON_twice_fails_after_exactly_two_attempts(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("{ not json"));
        await using var app = LlmTestApp.Create(server, provider);

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() =>
            app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.Cv, null, CancellationToken.None));

        Assert.Equal(2, server.Received.Count);
        Assert.StartsWith("The AI model gave an unusable answer twice, so nothing was saved.", failure.Message);
        Assert.Contains("not valid JSON", failure.Message);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task JSON_missing_required_fields_twice_fails_naming_the_fields(string provider)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("""{"title":"Plan"}"""));
        await using var app = LlmTestApp.Create(server, provider);

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() =>
            app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.CareerPlan3Y, null, CancellationToken.None));

        Assert.Equal(2, server.Received.Count);
        Assert.Contains("Required field(s) missing: 'target_role', 'milestones'.", failure.Message);
        Assert.Contains("Required field(s) missing: 'target_role', 'milestones'.", server.LastRequest.Messages[^1].Text);
    }

    [Fact]
    public async Task A_product_rule_violation_is_asked_again_and_the_fixed_answer_is_kept()
    {
        var tooLong = TestContentRules.Valid.Replace("\"Plan\"", $"\"{new string('x', 100)}\"");
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(tooLong), Reply.Answer(TestContentRules.Valid));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);

        var result = await app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.LinkedInExport, null, CancellationToken.None);

        Assert.Equal(TestContentRules.Valid, result.ContentJson());
        Assert.Contains("The title is longer than 80 characters.", server.LastRequest.Messages[^1].Text);
    }

    [Theory]
    [InlineData("```json\n" + TestContentRules.Valid + "\n```")]
    [InlineData("  \n" + TestContentRules.Valid + "\n\n")]
    public async Task Fences_and_blank_lines_around_valid_JSON_are_accepted(string answer)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(answer));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);

        var result = await app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.Cv, null, CancellationToken.None);

        Assert.Equal(TestContentRules.Valid, result.ContentJson());
        Assert.Single(server.Received);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    [InlineData("null")]
    public async Task Empty_and_non_object_answers_are_unusable(string answer)
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(answer));
        await using var app = LlmTestApp.Create(server, LlmOptions.OpenAI);

        await Assert.ThrowsAsync<GenerationFailedException>(() =>
            app.Generator.GenerateAsync(TestInputs.Persona(), ProductType.Cv, null, CancellationToken.None));

        Assert.Equal(2, server.Received.Count);
    }
}
