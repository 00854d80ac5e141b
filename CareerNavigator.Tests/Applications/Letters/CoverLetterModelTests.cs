using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Occupations;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.Products.Generation.Llm;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CoverLetter;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Tests.Applications.Letters;

/// <summary>
/// A letter written by a model through the generation pipeline and the real OpenAI and Azure OpenAI clients, against a
/// loopback chat-completions server: what the model is sent and what is stored.
/// </summary>
public sealed class CoverLetterModelTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    public Task InitializeAsync() => OccupationPageContext.SeedOnceAsync(database);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_model_gets_the_application_as_data_and_its_letter_is_stored_with_the_profiles_letterhead_and_the_applications_job(string provider)
    {
        // The model names another sender and another job: both are set back to the profile's and the application's.
        var answer = new CoverLetterContent
        {
            Sender = new CvHeader { Name = "Somebody Else", Headline = "Operations lead", Location = null, Email = "else@example.org", LinkedinUrl = null, Phone = null, Links = [] },
            Employer = "Another Employer",
            JobTitle = "Another Job",
            Greeting = "Dear Marta Silva,",
            Paragraphs = ["I am applying for the team leader role.", "At NorthLink Logistics I ran the night shift's picking team."],
            SignOff = "Best wishes",
        };
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(ProductJson.Serialize(answer)));
        await using var model = LlmTestApp.Create(server, provider, rules: new ProductContentRules());
        var user = await CoverLetterTestUser.CreateAsync(database, model.Generator);
        var application = await user.ApplyAsync();

        var stored = await user.Letters.WriteAsync(application.Id, null, CancellationToken.None);

        var request = Assert.Single(server.Received);
        Assert.Equal("cover_letter", request.Body["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        var data = request.Messages.Last().Text;
        var block = data[(data.IndexOf(PromptBuilder.OpenTag, StringComparison.Ordinal) + PromptBuilder.OpenTag.Length)..data.IndexOf(PromptBuilder.CloseTag, StringComparison.Ordinal)];
        Assert.Contains("\"employer\":\"NorthLink Freight\"", block);
        Assert.Contains("\"requirements_met\"", block);
        Assert.Contains("Warehouse Operative at NorthLink Logistics", block);
        Assert.Contains("\"requirements_missing\"", block);
        Assert.Contains("Italian", block);
        Assert.Contains("Do not claim a requirement in `requirements_missing`", request.Messages.First().Text);

        Assert.Equal((1, true, application.Id), (stored.Version, stored.IsActive, stored.JobApplicationId));
        Assert.StartsWith(provider == LlmOptions.OpenAI ? "openai/" : "azure-openai/", stored.ModelUsed);
        var letter = ProductJson.Deserialize<CoverLetterContent>(stored.Content);
        Assert.Equal(("Dana Okafor", "NorthLink Freight", "Warehouse Team Leader"), (letter.Sender.Name, letter.Employer, letter.JobTitle));
        Assert.Equal(answer.Paragraphs, letter.Paragraphs);
        Assert.Equal("Best wishes", letter.SignOff);
    }
}
