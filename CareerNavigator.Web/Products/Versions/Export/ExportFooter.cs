namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>The footer line of exported pages: whose document, which document, which version.</summary>
public static class ExportFooter
{
    public static string Text(string? name, string title, int version) =>
        $"{(name is null ? "" : name + " · ")}{title} version {version}";
}
