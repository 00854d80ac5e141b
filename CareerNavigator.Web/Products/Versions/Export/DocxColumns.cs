using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// Two columns in a Word document as a borderless, fixed-width table of one row: the main cell, then a lightly shaded
/// side cell. Unlike section columns, which flow text from one column into the next, each cell keeps its own content.
/// </summary>
internal static class DocxColumns
{
    private const int Gap = 280;

    public static Table Table(int width, double mainShare, IEnumerable<OpenXmlElement> main, IEnumerable<OpenXmlElement> side)
    {
        var mainWidth = (int)(width * mainShare);
        var sideWidth = width - mainWidth;
        var none = BorderValues.None;
        return new Table(
            new TableProperties(
                new TableWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = none }, new LeftBorder { Val = none }, new BottomBorder { Val = none },
                    new RightBorder { Val = none }, new InsideHorizontalBorder { Val = none }, new InsideVerticalBorder { Val = none }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = mainWidth.ToString() }, new GridColumn { Width = sideWidth.ToString() }),
            new TableRow(
                Cell(mainWidth, main, new TableCellMargin(new RightMargin { Width = Gap.ToString(), Type = TableWidthUnitValues.Dxa })),
                Cell(sideWidth, side, new TableCellMargin(
                    new LeftMargin { Width = Gap.ToString(), Type = TableWidthUnitValues.Dxa },
                    new RightMargin { Width = "140", Type = TableWidthUnitValues.Dxa }),
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "F2F5F8" })));
    }

    private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, TableCellMargin margin, Shading? shading = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (shading is not null)
        {
            properties.Append(shading);
        }
        properties.Append(margin);
        var cell = new TableCell(properties);
        cell.Append(content);
        // A cell must end with a paragraph.
        if (cell.LastChild is not Paragraph)
        {
            cell.Append(new Paragraph());
        }
        return cell;
    }
}
