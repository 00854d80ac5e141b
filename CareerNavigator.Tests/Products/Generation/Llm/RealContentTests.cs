using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>The two halves fit: an answer shaped like the real content records passes the real rules through both SDKs.</summary>
public sealed class RealContentTests
{
    public static TheoryData<string, ProductType> Cases()
    {
        var data = new TheoryData<string, ProductType>();
        foreach (var provider in new[] { "OpenAI", "AzureOpenAI" })
        {
            foreach (var type in Enum.GetValues<ProductType>())
            {
                data.Add(provider, type);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Real_content_of_every_type_is_accepted_and_the_schema_sent_is_the_records_schema(string provider, ProductType type)
    {
        var input = TestInputs.For(type, TestInputs.Persona());
        var expected = await new BuiltInProductGenerator().GenerateAsync(input, type, null, CancellationToken.None);
        await using var server = await FakeChatServer.StartAsync(Reply.Answer(expected.ContentJson()));
        await using var app = LlmTestApp.Create(server, provider, rules: new ProductContentRules());

        var result = await app.Generator.GenerateAsync(input, type, null, CancellationToken.None);

        Assert.Equal(expected.ContentJson(), result.ContentJson());
        var schema = Assert.Single(server.Received).Body["response_format"]!["json_schema"]!["schema"]!.ToJsonString();
        foreach (var property in ProductJson.SchemaFor(new ProductContentRules().ContentType(type))["properties"]!.AsObject())
        {
            Assert.Contains($"\"{property.Key}\"", schema);
        }
    }
}
