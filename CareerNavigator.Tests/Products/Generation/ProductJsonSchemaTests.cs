using System.Text.Json.Nodes;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary>The schemas the LLM generator sends as structured output come from the content records.</summary>
public sealed class ProductJsonSchemaTests
{
    [Theory]
    [MemberData(nameof(Types))]
    public void Every_object_in_a_content_schema_requires_all_its_members_and_allows_no_others(ProductType type)
    {
        var schema = ProductJson.SchemaFor(new ProductContentRules().ContentType(type));

        var objects = Objects(schema).ToList();
        Assert.NotEmpty(objects);
        Assert.All(objects, o =>
        {
            var properties = o["properties"]!.AsObject().Select(p => p.Key).Order();
            Assert.Equal(properties, o["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
            Assert.False(o["additionalProperties"]!.GetValue<bool>());
        });
    }

    [Fact]
    public void The_cv_schema_names_fields_in_snake_case_with_enums_as_strings()
    {
        var schema = ProductJson.SchemaFor(typeof(CvContent));

        Assert.NotNull(schema["properties"]!["section_order"]);
        var sections = schema["properties"]!["section_order"]!["items"]!["enum"]!.AsArray().Select(e => e!.GetValue<string>());
        Assert.Equal(["experience", "education", "certifications", "skills", "languages"], sections);
    }

    public static TheoryData<ProductType> Types() => [.. Enum.GetValues<ProductType>()];

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject o when o["properties"] is JsonObject => [o, .. o.SelectMany(p => Objects(p.Value))],
        JsonObject o => o.SelectMany(p => Objects(p.Value)),
        JsonArray a => a.SelectMany(Objects),
        _ => [],
    };
}
