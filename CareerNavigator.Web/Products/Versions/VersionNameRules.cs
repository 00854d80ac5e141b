using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Versions;

/// <summary>A version name is one line of at most <see cref="ProductVersionName.MaxLength"/> characters; blank removes the name.</summary>
public static class VersionNameRules
{
    public static string? Normalize(string? name)
    {
        var line = string.Join(' ', (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length > ProductVersionName.MaxLength)
        {
            throw new VersionRefusedException(
                $"A version name can be at most {ProductVersionName.MaxLength} characters; this one has {line.Length}.");
        }
        return line.Length == 0 ? null : line;
    }
}
