namespace CareerNavigator.Web.Versions.Export;

public enum PaperSize
{
    A4,
    Letter,
}
