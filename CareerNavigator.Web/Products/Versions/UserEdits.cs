namespace CareerNavigator.Web.Products.Versions;

/// <summary>How a version the user wrote themselves is marked in <c>model_used</c>.</summary>
public static class UserEdits
{
    public const string ModelName = "user edit";

    public static bool IsUserEdit(string? modelUsed) => modelUsed == ModelName;
}
