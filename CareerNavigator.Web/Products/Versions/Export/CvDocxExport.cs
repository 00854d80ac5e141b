using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// The CV as a Word document whose structure is real: the name is the Title style, sections are Heading 1, entries
/// Heading 2 and achievements a List Bullet list (a numbering definition, not typed bullet characters), so Word and
/// LibreOffice show them in the navigation pane and the user can restyle the whole CV at once.
/// </summary>
public static class CvDocxExport
{
    private const int BulletList = 1;

    public static byte[] Write(CvContent cv)
    {
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = DocxStyles.BulletNumbering(BulletList);
            document.PackageProperties.Title = $"CV · {CvOutline.Heading(cv)}";
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

            body.Append(Styled(DocxStyles.Heading1, "Profile"));
            AppendParagraphs(body, cv.Summary);
            foreach (var section in CvOutline.Sections(cv))
            {
                body.Append(Styled(DocxStyles.Heading1, section.Title));
                if (section.InlineList is not null)
                {
                    body.Append(Styled(null, section.InlineList));
                }
                foreach (var entry in section.Entries)
                {
                    body.Append(Styled(DocxStyles.Heading2, CvOutline.EntryLine(entry)));
                    if (CvOutline.Join(entry.Dates, entry.Meta) is { } meta)
                    {
                        body.Append(Styled(DocxStyles.Meta, meta));
                    }
                    AppendParagraphs(body, entry.Description);
                    foreach (var bullet in entry.Bullets)
                    {
                        body.Append(Styled(DocxStyles.ListBullet, bullet));
                    }
                    if (entry.Skills.Count > 0)
                    {
                        body.Append(Styled(DocxStyles.Meta, "Skills: " + string.Join(", ", entry.Skills)));
                    }
                }
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document = new Document(body);
        }
        return output.ToArray();
    }

    private static void AppendParagraphs(Body body, string? text)
    {
        foreach (var paragraph in (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Append(Styled(null, paragraph));
        }
    }

    private static Paragraph Styled(string? styleId, string text)
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
