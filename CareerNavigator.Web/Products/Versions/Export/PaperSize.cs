namespace CareerNavigator.Web.Products.Versions.Export;

public enum PaperSize
{
    A4,
    Letter,
}
