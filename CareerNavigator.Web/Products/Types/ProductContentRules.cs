using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;

namespace CareerNavigator.Web.Products.Types;

/// <summary>The registered descriptors' content records, JSON form and rules.</summary>
public sealed class ProductContentRules : IProductContentRules
{
    public Type ContentType(ProductType type) => ProductCatalog.Default.For(type).ContentType;

    public ContentReading Read(ProductType type, string contentJson) => ProductCatalog.Default.For(type).Read(contentJson);

    public IReadOnlyList<string> Validate(ProductType type, object content) => ProductCatalog.Default.For(type).Validate(content);

    public string Serialize(ProductType type, object content) => ProductCatalog.Default.For(type).Serialize(content);
}
