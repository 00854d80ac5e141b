namespace CareerNavigator.Web.Products.Types;

/// <summary>The files a version of a product type can be downloaded as.</summary>
[Flags]
public enum ExportFormats
{
    None = 0,
    Pdf = 1,
    Docx = 2,
    JsonResume = 4,
}
