using System.Collections.Frozen;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Types;

/// <summary>The one place that knows which product types exist: each type's descriptor, looked up by type or label.</summary>
public sealed class ProductCatalog
{
    private readonly FrozenDictionary<ProductType, ProductTypeDescriptor> _byType;
    private readonly FrozenDictionary<string, ProductTypeDescriptor> _byLabel;

    public ProductCatalog(IEnumerable<ProductTypeDescriptor> descriptors)
    {
        All = [.. descriptors.OrderBy(d => d.Type)];
        _byType = All.ToFrozenDictionary(d => d.Type);
        _byLabel = All.ToFrozenDictionary(d => d.Label, StringComparer.Ordinal);
    }

    /// <summary>The app's catalog; <see cref="ProductCatalogCheck"/> and its test keep it complete.</summary>
    public static ProductCatalog Default { get; } = new(ProductTypeRegistrations.All);

    /// <summary>Every registered type, in the order of <see cref="ProductType"/>.</summary>
    public IReadOnlyList<ProductTypeDescriptor> All { get; }

    public ProductTypeDescriptor For(ProductType type) =>
        _byType.GetValueOrDefault(type) ?? throw new ArgumentOutOfRangeException(nameof(type), type, "No descriptor is registered for this product type.");

    /// <summary>Only the exact lower-case labels are known; names, numbers and other casings are not.</summary>
    public bool TryForLabel(string? label, out ProductTypeDescriptor descriptor)
    {
        descriptor = null!;
        return label is not null && _byLabel.TryGetValue(label, out descriptor!);
    }

    /// <summary>The types that stand on their own, most useful first for <paramref name="group"/>.</summary>
    public IReadOnlyList<ProductTypeDescriptor> OrderedFor(UserGroup? group) =>
        [.. All.Where(d => d.Ownership == Ownership.StandsAlone).OrderBy(d => d.Ranks.For(group))];
}
