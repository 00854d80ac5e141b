using System.Text.Json;
using CareerNavigator.Tests.Occupations.Matching;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Applications.Matching.Model;
using CareerNavigator.Web.Applications.Matching.Requirements.Languages;
using CareerNavigator.Web.Applications.Matching.Requirements.Licences;
using CareerNavigator.Web.Applications.Matching.Requirements.Skills;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.Llm;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Tests.Applications.Matching;

/// <summary>The model's reading of an advert through both real SDKs against the loopback chat-completions server.</summary>
public sealed class AdvertModelReaderTests
{
    private static readonly string Advert = AdvertFixtures.Tuned.Advert("06-hotel-receptionist");

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Requirements_quoting_the_advert_are_kept_and_a_quote_not_in_the_advert_is_dropped(string provider)
    {
        var answer = new AdvertModelAnswer(
        [
            Requirement("language", "required", "Fluent English and Spanish (minimum C1)", "Spanish", level: "C1"),
            // Copied with other spacing, case and apostrophes: still the advert's words, shown as the advert writes them.
            Requirement("skill", "required", "experience with a  PROPERTY management system such as Opera", "property management system", alternatives: ["Opera"]),
            Requirement("licence", "preferred", "A full UK driving licence", "driving licence"),
            Requirement("skill", "preferred", "Five years of luxury hotel experience", "luxury hotels"),
        ]);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(Json(answer)));
        await using var app = ModelApp(server, provider);

        var reading = await app.Reader.ReadAsync(Advert, ShippedIndex.Instance, CancellationToken.None);

        Assert.Equal(2, reading.QuotesDropped);
        Assert.Equal(2, reading.Requirements.Count);
        Assert.StartsWith(provider == LlmOptions.OpenAI ? "openai/" : "azure-openai/", reading.ReadBy);
        Assert.All(reading.Requirements, r => Assert.Equal(Advert.Substring(r.Quote.Start, r.Quote.Length), r.Quote.Text));
        var spanish = Assert.IsType<LanguageRequirement>(reading.Requirements[0]);
        Assert.Equal([new LanguageAsked("Spanish", "C1")], spanish.Alternatives);
        Assert.Equal(Importance.Required, spanish.Importance);
        var system = Assert.IsType<SkillRequirement>(reading.Requirements[1]);
        Assert.Equal("Experience with a property management system such as Opera", system.Quote.Text);
        Assert.Equal(["property management system", "Opera"], system.Alternatives.Select(a => a.Name));
        Assert.DoesNotContain(reading.Requirements, r => r is LicenceRequirement);

        var request = Assert.Single(server.Received);
        Assert.Equal("advert_requirements", request.Body["response_format"]!["json_schema"]!["name"]!.GetValue<string>());
        Assert.Contains(PromptBuilder.OpenTag, request.Messages[1].Text);
        Assert.Contains("Hotel Miramar, Palma de Mallorca", request.Messages[1].Text);
        Assert.Contains("copied exactly", request.Messages[0].Text);
    }

    [Fact]
    public async Task An_answer_with_an_unknown_kind_is_asked_for_again()
    {
        var wrong = new AdvertModelAnswer([Requirement("hobby", "required", "Cash handling", "cash handling")]);
        var right = new AdvertModelAnswer([Requirement("skill", "required", "Cash handling", "cash handling")]);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(Json(wrong)), Reply.Answer(Json(right)));
        await using var app = ModelApp(server, LlmOptions.OpenAI);

        var reading = await app.Reader.ReadAsync(Advert, ShippedIndex.Instance, CancellationToken.None);

        Assert.Equal("Cash handling", Assert.Single(reading.Requirements).Quote.Text);
        Assert.Contains("requirements[0].kind must be one of", server.LastRequest.Messages[^1].Text);
    }

    [Fact]
    public async Task A_model_that_fails_twice_is_reported_in_words_for_the_user()
    {
        await using var server = await FakeChatServer.StartAsync(Reply.Answer("not json"));
        await using var app = ModelApp(server, LlmOptions.OpenAI);

        var failure = await Assert.ThrowsAsync<GenerationFailedException>(() => app.Reader.ReadAsync(Advert, ShippedIndex.Instance, CancellationToken.None));

        Assert.Contains("unusable answer twice", failure.Message);
    }

    private static ModelRequirement Requirement(string kind, string importance, string quote, string name, string? level = null, string[]? alternatives = null) =>
        new(kind, importance, quote, name, alternatives ?? [], null, level, null, []);

    private static string Json(AdvertModelAnswer answer) => JsonSerializer.Serialize(answer, ContentSchemas.Json);

    /// <summary>The app's model and matching registrations pointed at the fake server, as Program.cs makes them.</summary>
    internal static ModelTestApp ModelApp(FakeChatServer server, string provider)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(LlmTestApp.Settings(server, provider));
        builder.Logging.ClearProviders();
        builder.AddLlmGeneration();
        builder.AddAdvertMatching();
        var app = builder.Build();
        return new ModelTestApp(app);
    }

    internal sealed class ModelTestApp(WebApplication app) : IAsyncDisposable
    {
        private readonly AsyncServiceScope _scope = app.Services.CreateAsyncScope();

        public AdvertModelReader Reader => _scope.ServiceProvider.GetRequiredService<AdvertModelReader>();

        public async ValueTask DisposeAsync()
        {
            await _scope.DisposeAsync();
            await app.DisposeAsync();
        }
    }
}
