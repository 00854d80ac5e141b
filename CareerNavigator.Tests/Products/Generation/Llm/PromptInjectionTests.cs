using System.Text.Json.Nodes;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.Llm;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>
/// Whatever a user writes, the request the model receives has one data block, everything outside it is the same as
/// for harmless data, and the text comes back out of the block unchanged.
/// </summary>
public sealed class PromptInjectionTests(PromptInjectionTests.Server fixture) : IClassFixture<PromptInjectionTests.Server>
{
    public static TheoryData<int> Indexes() => new(Enumerable.Range(0, HostileTexts.All.Count));

    [Fact]
    public void The_table_holds_at_least_fifty_hostile_texts() => Assert.True(HostileTexts.All.Count >= 50);

    [Theory]
    [MemberData(nameof(Indexes))]
    public async Task Hostile_text_reaches_the_model_only_as_data_inside_the_block(int index)
    {
        var hostile = HostileTexts.All[index];
        var type = Enum.GetValues<ProductType>()[index % 9];

        await fixture.App.Generator.GenerateAsync(TestInputs.WithText(hostile, index), type, null, CancellationToken.None);
        var received = fixture.ChatServer.LastRequest.Messages;
        await fixture.App.Generator.GenerateAsync(TestInputs.WithText("A quiet, ordinary sentence.", index), type, null, CancellationToken.None);
        var harmless = fixture.ChatServer.LastRequest.Messages;

        Assert.Equal(["system", "user"], received.Select(m => m.Role));
        var all = string.Join("\n", received.Select(m => m.Text));
        Assert.Equal(1, DataBlock.Count(all, PromptBuilder.OpenTag));
        Assert.Equal(1, DataBlock.Count(all, PromptBuilder.CloseTag));

        var (before, block, after) = DataBlock.Split(received[1].Text);
        Assert.Equal(harmless[0], received[0]);
        Assert.Equal((DataBlock.Split(harmless[1].Text).Before, DataBlock.Split(harmless[1].Text).After), (before, after));

        Assert.DoesNotContain(block, c => c is '<' or '>' or '\uFF1C' or '\uFF1E' or '\u2039' or '\u203A' or '\u3008' or '\u3009');
        Assert.Contains(hostile, DataBlock.StringsIn(JsonNode.Parse(block)!));
    }

    public sealed class Server : IAsyncLifetime
    {
        public FakeChatServer ChatServer { get; private set; } = null!;

        public LlmTestApp App { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            ChatServer = await FakeChatServer.StartAsync(Reply.Answer(TestContentRules.Valid));
            App = LlmTestApp.Create(ChatServer, LlmOptions.OpenAI);
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            await ChatServer.DisposeAsync();
        }
    }
}
