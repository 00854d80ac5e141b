using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.Cv;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// The CV as a Word document whose structure is real: the name is the Title style, sections are Heading 1, entries
/// Heading 2 and achievements a List Bullet list (a numbering definition, not typed bullet characters), so Word and
/// LibreOffice show them in the navigation pane and the user can restyle the whole CV at once. The two-column design
/// is a borderless table of one row (main cell first, then the side cell, the order Word and tracking systems read);
/// the compact design has smaller type, narrower margins and each entry's dates at the right end of its title line.
/// </summary>
public static class CvDocxExport
{
    private const int BulletList = 1;

    public static byte[] Write(CvContent cv, DocumentDesign design = DocumentDesign.Classic)
    {
        var textWidth = DocxPage.TextWidth(design);
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(design);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = DocxStyles.BulletNumbering(BulletList);
            document.PackageProperties.Title = CvOutline.Heading(cv);
            document.PackageProperties.Creator = "Career Navigator";

            var body = new Body();
            body.Append(Styled(DocxStyles.Title, CvOutline.Heading(cv)));
            if (cv.Header.Name is not null)
            {
                body.Append(Styled(DocxStyles.Subtitle, cv.Header.Headline));
            }
            if (CvOutline.Contact(cv) is { Count: > 0 } contact)
            {
                body.Append(Styled(DocxStyles.Meta, string.Join(" · ", contact)));
            }

            var columns = CvOutline.Columns(cv, design);
            var mainColumn = new List<OpenXmlElement> { Styled(DocxStyles.Heading1, "Profile") };
            mainColumn.AddRange(Paragraphs(cv.Summary));
            if (columns.Side.Count == 0)
            {
                mainColumn.AddRange(columns.Main.SelectMany(s => Section(s, design == DocumentDesign.Compact ? textWidth : null)));
                body.Append(mainColumn);
            }
            else
            {
                mainColumn.AddRange(columns.Main.SelectMany(s => Section(s, datesAt: null)));
                var sideColumn = columns.Side.SelectMany(s => Section(s, datesAt: null)).ToList();
                body.Append(DocxColumns.Table(textWidth, mainShare: 0.66, mainColumn, sideColumn));
            }
            body.Append(DocxPage.Section(design));
            main.Document = new Document(body);
        }
        return output.ToArray();
    }

    /// <summary>A section's paragraphs; with <paramref name="datesAt"/> each entry's dates sit at that right tab stop of its title line.</summary>
    private static IEnumerable<OpenXmlElement> Section(CvOutlineSection section, int? datesAt)
    {
        yield return Styled(DocxStyles.Heading1, section.Title);
        if (section.InlineList is not null)
        {
            yield return Styled(null, section.InlineList);
        }
        foreach (var entry in section.Entries)
        {
            if (datesAt is { } tab && entry.Dates is not null)
            {
                yield return TitleWithDates(CvOutline.EntryLine(entry), entry.Dates, tab);
                if (!string.IsNullOrWhiteSpace(entry.Meta))
                {
                    yield return Styled(DocxStyles.Meta, entry.Meta);
                }
            }
            else
            {
                yield return Styled(DocxStyles.Heading2, CvOutline.EntryLine(entry));
                if (CvOutline.Join(entry.Dates, entry.Meta) is { } meta)
                {
                    yield return Styled(DocxStyles.Meta, meta);
                }
            }
            foreach (var paragraph in Paragraphs(entry.Description))
            {
                yield return paragraph;
            }
            foreach (var bullet in entry.Bullets)
            {
                yield return Styled(DocxStyles.ListBullet, bullet);
            }
            if (entry.Skills.Count > 0)
            {
                yield return Styled(DocxStyles.Meta, "Skills: " + string.Join(", ", entry.Skills));
            }
        }
    }

    private static Paragraph TitleWithDates(string title, string dates, int tabPosition) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = DocxStyles.Heading2 },
            new Tabs(new TabStop { Val = TabStopValues.Right, Position = tabPosition })),
        new Run(new Text(title) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new RunProperties(new Bold { Val = false }, new Color { Val = DocxStyles.MutedColour }), new TabChar(), new Text(dates)));

    private static IEnumerable<Paragraph> Paragraphs(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => Styled(null, p));

    internal static Paragraph Styled(string? styleId, string text)
    {
        var paragraph = new Paragraph();
        if (styleId is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        }
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
