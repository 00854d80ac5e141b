using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// The CV as a PDF on A4 or Letter in one of its designs: name, headline and contact, the profile, then the sections in
/// the CV's order (in the two-column design the short lists go to the side column, written after the main one). The
/// document's title is the person's name.
/// </summary>
public static class CvPdfExport
{
    /// <summary>The main column's share of the width in the two-column design.</summary>
    private const double MainShare = 0.66;

    public static byte[] Write(CvContent cv, PaperSize paper, string footer, DocumentDesign design = DocumentDesign.Classic)
    {
        var compact = design == DocumentDesign.Compact;
        using var pdf = new PdfFlow(paper, CvOutline.Heading(cv), footer, compact ? PdfLook.Compact : PdfLook.Regular);
        pdf.Title(CvOutline.Heading(cv));
        if (cv.Header.Name is not null)
        {
            pdf.Subtitle(cv.Header.Headline);
        }
        if (CvOutline.Contact(cv) is { Count: > 0 } contact)
        {
            pdf.Meta(string.Join(" · ", contact));
        }

        var columns = CvOutline.Columns(cv, design);
        if (columns.Side.Count > 0)
        {
            pdf.BeginColumns(MainShare);
        }
        pdf.Heading("Profile");
        pdf.Paragraph(cv.Summary);
        foreach (var section in columns.Main)
        {
            WriteSection(pdf, section, compact);
        }
        if (columns.Side.Count > 0)
        {
            pdf.SideColumn();
            foreach (var section in columns.Side)
            {
                WriteSection(pdf, section, compact);
            }
        }
        return pdf.Finish();
    }

    private static void WriteSection(PdfFlow pdf, CvOutlineSection section, bool compact)
    {
        pdf.Heading(section.Title);
        if (section.InlineList is not null)
        {
            pdf.Paragraph(section.InlineList);
        }
        foreach (var entry in section.Entries)
        {
            if (compact)
            {
                pdf.EntryTitle(CvOutline.EntryLine(entry), entry.Dates);
                if (!string.IsNullOrWhiteSpace(entry.Meta))
                {
                    pdf.Meta(entry.Meta);
                }
            }
            else
            {
                pdf.EntryTitle(CvOutline.EntryLine(entry));
                if (CvOutline.Join(entry.Dates, entry.Meta) is { } meta)
                {
                    pdf.Meta(meta);
                }
            }
            if (!string.IsNullOrWhiteSpace(entry.Description))
            {
                pdf.Paragraph(entry.Description);
            }
            foreach (var bullet in entry.Bullets)
            {
                pdf.Bullet(bullet);
            }
            if (entry.Skills.Count > 0)
            {
                pdf.Meta("Skills: " + string.Join(", ", entry.Skills));
            }
        }
    }
}
