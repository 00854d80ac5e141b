using System.Text.Json.Nodes;
using CareerNavigator.Tests.Occupations.Matching;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.Products.Generation.Llm;

namespace CareerNavigator.Tests.Applications.Matching;

/// <summary>Hostile text inside an advert reaches the model only as data: the instructions are untouched and the advert sits whole in the one data block.</summary>
public sealed class AdvertPromptInjectionTests
{
    private const string Advert = "Data Analyst\n\nRequirements\n- Strong SQL skills\n";

    [Fact]
    public async Task Hostile_text_in_an_advert_stays_inside_the_one_data_block()
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("""{"requirements":[]}"""));
        await using var app = AdvertModelReaderTests.ModelApp(server, LlmOptions.OpenAI);
        await app.Reader.ReadAsync(Advert, ShippedIndex.Instance, CancellationToken.None);
        var harmless = server.LastRequest;
        var failures = new List<string>();

        foreach (var (hostile, i) in HostileTexts.All.Select((h, i) => (h, i)))
        {
            var advert = Advert + hostile;
            await app.Reader.ReadAsync(advert, ShippedIndex.Instance, CancellationToken.None);
            var sent = server.LastRequest;
            var (before, block, after) = DataBlock.Split(sent.Messages[1].Text);
            var (harmlessBefore, _, harmlessAfter) = DataBlock.Split(harmless.Messages[1].Text);
            if (sent.Messages[0].Text != harmless.Messages[0].Text || before != harmlessBefore || after != harmlessAfter)
            {
                failures.Add($"#{i}: the instructions around the data changed");
            }
            if (JsonNode.Parse(block)?["advert_text"]?.GetValue<string>() != advert)
            {
                failures.Add($"#{i}: the data block does not hold the advert whole");
            }
        }

        Assert.True(HostileTexts.All.Count >= 50);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
