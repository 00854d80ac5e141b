namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>The margins and type sizes of a PDF: the regular look, and a tighter one that fits a CV on one page.</summary>
internal sealed record PdfLook(double Margin, double Scale, double SectionSpace, double EntrySpace)
{
    /// <summary>2 cm margins, 10 pt text.</summary>
    public static readonly PdfLook Regular = new(Margin: 56, Scale: 1, SectionSpace: 14, EntrySpace: 6);

    /// <summary>1.3 cm margins, 8.5 pt text and tighter spacing.</summary>
    public static readonly PdfLook Compact = new(Margin: 36, Scale: 0.85, SectionSpace: 8, EntrySpace: 3);
}
