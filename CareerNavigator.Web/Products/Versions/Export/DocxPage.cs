using CareerNavigator.Data.Entities;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>The page every exported Word document is set on: A4, with the design's margins (twentieths of a point).</summary>
public static class DocxPage
{
    private const int Width = 11906;
    private const int Height = 16838;

    /// <summary>The compact design has narrower margins.</summary>
    private static int Margin(DocumentDesign design) => design == DocumentDesign.Compact ? 720 : 1134;

    /// <summary>The width between the margins, which tables and right-set tabs are laid out in.</summary>
    public static int TextWidth(DocumentDesign design) => Width - 2 * Margin(design);

    /// <summary>The body's closing section settings: page size and margins.</summary>
    public static SectionProperties Section(DocumentDesign design)
    {
        var margin = Margin(design);
        return new SectionProperties(
            new PageSize { Width = (UInt32Value)(uint)Width, Height = (UInt32Value)(uint)Height },
            new PageMargin { Top = margin, Bottom = margin, Left = (UInt32Value)(uint)margin, Right = (UInt32Value)(uint)margin, Header = 567U, Footer = 567U, Gutter = 0U });
    }
}
