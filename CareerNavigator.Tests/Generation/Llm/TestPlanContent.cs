using System.Text.Json;
using System.Text.Json.Nodes;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Generation;

namespace CareerNavigator.Tests.Generation.Llm;

/// <summary>A small content record standing in for the real ones (they live on the generation branch).</summary>
public sealed record TestPlanContent(string Title, string TargetRole, IReadOnlyList<TestMilestone> Milestones);

public sealed record TestMilestone(string When, string Goal);

/// <summary>Every product is a <see cref="TestPlanContent"/>; a title longer than 80 characters breaks the product rule.</summary>
public sealed class TestContentRules : IProductContentRules
{
    public const string Valid = """{"title":"Plan","target_role":"Staff engineer","milestones":[{"when":"Q1","goal":"Lead the event platform"}]}""";

    public Type ContentType(ProductType type) => typeof(TestPlanContent);

    public IReadOnlyList<string> Validate(ProductType type, string contentJson)
    {
        if (JsonNode.Parse(contentJson) is not JsonObject content)
        {
            return ["The content is not an object."];
        }

        var problems = new List<string>();
        foreach (var name in new[] { "title", "target_role", "milestones" })
        {
            if (content[name] is null)
            {
                problems.Add($"The required field {name} is missing.");
            }
        }

        if (content["title"] is JsonValue title && title.GetValueKind() == JsonValueKind.String && title.GetValue<string>().Length > 80)
        {
            problems.Add("The title is longer than 80 characters.");
        }

        return problems;
    }
}
