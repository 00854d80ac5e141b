using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>Where a version's downloads live; the page links and the endpoints share these.</summary>
public static class ExportUrls
{
    public static string Pdf(ProductType type, int id, PaperSize paper) =>
        $"{Base(type, id)}/export.pdf?paper={paper.ToString().ToLowerInvariant()}";

    public static string Docx(ProductType type, int id) => $"{Base(type, id)}/export.docx";

    public static string JsonResume(ProductType type, int id) => $"{Base(type, id)}/export.json";

    public static bool Has(ProductType type, ExportFormats format) => ProductCatalog.Default.For(type).Exports.HasFlag(format);

    private static string Base(ProductType type, int id) => $"products/{ProductCatalog.Default.For(type).Label}/versions/{id}";
}
