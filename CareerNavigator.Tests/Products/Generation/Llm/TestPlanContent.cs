using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Tests.Products.Generation.Llm;

/// <summary>A small content record standing in for the real ones (they live on the generation branch).</summary>
public sealed record TestPlanContent(string Title, string TargetRole, IReadOnlyList<TestMilestone> Milestones);

public sealed record TestMilestone(string When, string Goal);

/// <summary>Every product is a <see cref="TestPlanContent"/>; a title longer than 80 characters breaks the product rule.</summary>
public sealed class TestContentRules : IProductContentRules
{
    public const string Valid = """{"title":"Plan","target_role":"Staff engineer","milestones":[{"when":"Q1","goal":"Lead the event platform"}]}""";

    public Type ContentType(ProductType type) => typeof(TestPlanContent);

    public ContentReading Read(ProductType type, string contentJson)
    {
        var (content, problem) = ProductJson.TryDeserialize<TestPlanContent>(contentJson);
        return content is null ? ContentReading.Refused([problem!]) : new ContentReading(content, Validate(type, content));
    }

    public IReadOnlyList<string> Validate(ProductType type, object content) =>
        content is TestPlanContent { Title.Length: > 80 } ? ["The title is longer than 80 characters."] : [];

    public string Serialize(ProductType type, object content) => ProductJson.Serialize((TestPlanContent)content);
}
