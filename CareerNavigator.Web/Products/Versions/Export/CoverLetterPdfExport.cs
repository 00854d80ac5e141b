using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.CoverLetter;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// A cover letter as a PDF with the CV's letterhead (name, headline, contact line) and the look of the design the user
/// chose (the compact design's smaller type and margins); a letter is one column in every design.
/// </summary>
public static class CoverLetterPdfExport
{
    public static byte[] Write(CoverLetterContent letter, PaperSize paper, string footer, DocumentDesign design = DocumentDesign.Classic)
    {
        var heading = letter.Sender.Name ?? letter.Sender.Headline;
        using var pdf = new PdfFlow(paper, $"{heading} · Cover letter · {letter.JobTitle}, {letter.Employer}", footer,
            design == DocumentDesign.Compact ? PdfLook.Compact : PdfLook.Regular);
        pdf.Title(heading);
        if (letter.Sender.Name is not null && !string.IsNullOrWhiteSpace(letter.Sender.Headline))
        {
            pdf.Subtitle(letter.Sender.Headline);
        }
        if (CvOutline.Contact(letter.Sender) is { Count: > 0 } contact)
        {
            pdf.Meta(string.Join(" · ", contact));
        }
        pdf.Heading($"{letter.JobTitle} · {letter.Employer}");
        pdf.Paragraph(letter.Greeting);
        foreach (var paragraph in letter.Paragraphs)
        {
            pdf.Paragraph(paragraph);
        }
        pdf.Paragraph($"{letter.SignOff},");
        if (letter.Sender.Name is not null)
        {
            pdf.Paragraph(letter.Sender.Name);
        }
        return pdf.Finish();
    }
}
