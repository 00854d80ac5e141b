using System.Text.Json.Nodes;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;
using Xunit.Abstractions;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>
/// Every hostile text in every free-text field that reaches a prompt at once (CV, the three goals, life story,
/// culture, places, languages and every text of jobs, courses and education), for each product and for the CV
/// extraction, through both SDKs: the request the loopback server receives has its instructions untouched, one data
/// block, and the text only inside that block, as often as it was written. All cases run; failures are listed together.
/// </summary>
public sealed class PromptInjectionEverywhereTests(ITestOutputHelper output)
{
    private const string Harmless = "Harmless";

    [Fact]
    public async Task Hostile_text_in_every_field_stays_inside_the_one_data_block_for_every_product_and_the_CV_extraction()
    {
        await using var products = await FakeChatServer.StartAsync(Reply.Answer(TestContentRules.Valid));
        await using var extraction = await FakeChatServer.StartAsync(Reply.Answer("""{"jobs":[],"education":[],"courses":[]}"""));
        var apps = new List<LlmTestApp>();
        try
        {
            foreach (var provider in new[] { LlmOptions.OpenAI, LlmOptions.AzureOpenAI })
            {
                apps.Add(LlmTestApp.Create(products, provider));
                apps.Add(LlmTestApp.Create(extraction, provider));
            }

            var failures = new List<string>();
            var (requests, refusedBeforeTheModel) = (0, 0);
            for (var i = 0; i < HostileTexts.All.Count; i++)
            {
                var hostile = HostileTexts.All[i];
                var (productApp, extractionApp) = i % 2 == 0 ? (apps[0], apps[1]) : (apps[2], apps[3]);
                var type = Enum.GetValues<ProductType>()[i % 9];
                var group = Enum.GetValues<UserGroup>()[i % 4];

                await productApp.Generator.GenerateAsync(Everywhere(Harmless, group), type, null, CancellationToken.None);
                var expected = products.LastRequest;
                await productApp.Generator.GenerateAsync(Everywhere(hostile, group), type, null, CancellationToken.None);
                requests++;
                failures.AddRange(Check(hostile, expected, products.LastRequest).Select(f => $"#{i} {type}: {f}"));

                await ExtractAsync(extractionApp, Harmless);
                expected = extraction.LastRequest;
                var sent = extraction.Received.Count;
                await ExtractAsync(extractionApp, hostile);
                if (extraction.Received.Count == sent)
                {
                    // Refused before any request (a CV over CvRecordExtractor.MaxCvLength): nothing reached the model.
                    refusedBeforeTheModel++;
                    continue;
                }
                failures.AddRange(Check(hostile, expected, extraction.LastRequest).Select(f => $"#{i} CV extraction: {f}"));
                requests++;
            }

            output.WriteLine($"Injections tried: {HostileTexts.All.Count} hostile texts, each in every free-text field, " +
                             $"{requests} checked requests (9 products and the CV extraction, both SDKs), {refusedBeforeTheModel} refused before the model; {failures.Count} failures.");
            failures.ForEach(f => output.WriteLine("FAILED " + f));
            Assert.True(HostileTexts.All.Count >= 50);
            Assert.True(failures.Count == 0, string.Join("\n", failures));
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    private static async Task ExtractAsync(LlmTestApp app, string cvText)
    {
        try
        {
            await app.Extractor.ExtractAsync(cvText, CancellationToken.None);
        }
        catch (GenerationFailedException)
        {
            // Only the request matters here, not what the empty answer yields.
        }
    }

    /// <summary>What is wrong with <paramref name="actual"/>, compared with the same request carrying <see cref="Harmless"/>.</summary>
    private static IEnumerable<string> Check(string hostile, ReceivedRequest expected, ReceivedRequest actual)
    {
        var messages = actual.Messages;
        if (!messages.Select(m => m.Role).SequenceEqual(["system", "user"]))
        {
            yield return "roles are " + string.Join(",", messages.Select(m => m.Role));
            yield break;
        }
        if (messages[0] != expected.Messages[0])
        {
            yield return "the system message changed";
        }
        if (hostile.Trim().Length >= 12 && messages[0].Text.Contains(hostile, StringComparison.Ordinal))
        {
            yield return "the text is in the system message";
        }
        var (opens, closes) = (DataBlock.Count(actual.AllText, PromptBuilder.OpenTag), DataBlock.Count(actual.AllText, PromptBuilder.CloseTag));
        if ((opens, closes) != (1, 1))
        {
            yield return $"{opens} opening and {closes} closing tags";
            yield break;
        }

        var (before, block, after) = DataBlock.Split(messages[1].Text);
        var (expectedBefore, expectedBlock, expectedAfter) = DataBlock.Split(expected.Messages[1].Text);
        if ((before, after) != (expectedBefore, expectedAfter))
        {
            yield return "the text around the data block changed";
        }
        if (block.Any(c => c is '<' or '>' or '\uFF1C' or '\uFF1E' or '\u2039' or '\u203A' or '\u3008' or '\u3009'))
        {
            yield return "an angle bracket is in the block unescaped";
        }

        JsonNode? data = null;
        string? parseError = null;
        try
        {
            data = JsonNode.Parse(block);
        }
        catch (System.Text.Json.JsonException e)
        {
            parseError = e.Message;
        }
        if (data is null)
        {
            yield return "the block is not JSON: " + parseError;
            yield break;
        }
        var written = DataBlock.StringsIn(JsonNode.Parse(expectedBlock)!).Count(s => s == Harmless);
        var found = DataBlock.StringsIn(data).Count(s => s == hostile);
        if (written == 0 || found != written)
        {
            yield return $"the text is in the block {found} times, written into {written} fields";
        }
    }

    /// <summary>A record with <paramref name="text"/> in every text property and list of texts the generator can see.</summary>
    private static GenerationInput Everywhere(string text, UserGroup group)
    {
        var profile = Fill(new UserProfile(), text);
        profile.Languages = [new(text, text)];
        var job = Fill(new JobExperience { CompanyName = "", Position = "", StartDate = new(2020, 1, 1) }, text);
        var course = Fill(new Course { CourseName = "" }, text);
        var education = Fill(new AcademicRecord { InstitutionName = "" }, text);
        return new GenerationInput(7, group, profile, [job], [course], [education]);
    }

    private static T Fill<T>(T entity, string text)
    {
        foreach (var property in typeof(T).GetProperties().Where(p => p.CanWrite))
        {
            if (property.PropertyType == typeof(string))
            {
                property.SetValue(entity, text);
            }
            else if (property.PropertyType == typeof(List<string>))
            {
                property.SetValue(entity, new List<string> { text });
            }
        }
        return entity;
    }
}
