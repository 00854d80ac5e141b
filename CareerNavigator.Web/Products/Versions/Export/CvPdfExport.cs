using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>The CV as a PDF on A4 or Letter: name, headline, contact, profile, then the sections in the CV's order.</summary>
public static class CvPdfExport
{
    public static byte[] Write(CvContent cv, PaperSize paper, string footer)
    {
        using var pdf = new PdfFlow(paper, $"CV · {CvOutline.Heading(cv)}", footer);
        pdf.Title(CvOutline.Heading(cv));
        if (cv.Header.Name is not null)
        {
            pdf.Subtitle(cv.Header.Headline);
        }
        if (CvOutline.Contact(cv) is { Count: > 0 } contact)
        {
            pdf.Meta(string.Join(" · ", contact));
        }

        pdf.Heading("Profile");
        pdf.Paragraph(cv.Summary);
        foreach (var section in CvOutline.Sections(cv))
        {
            pdf.Heading(section.Title);
            if (section.InlineList is not null)
            {
                pdf.Paragraph(section.InlineList);
            }
            foreach (var entry in section.Entries)
            {
                pdf.EntryTitle(CvOutline.EntryLine(entry));
                if (CvOutline.Join(entry.Dates, entry.Meta) is { } meta)
                {
                    pdf.Meta(meta);
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
        return pdf.Finish();
    }
}
