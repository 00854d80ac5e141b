namespace CareerNavigator.Data.Entities;

/// <summary>
/// The <see cref="ProductType"/> labels this build knows. During a rolling deploy a newer instance may store a label
/// added after this build; the context's query filter leaves such rows out, because reading one would throw.
/// </summary>
public static class KnownProductTypes
{
    public static readonly ProductType[] All = Enum.GetValues<ProductType>();
}
