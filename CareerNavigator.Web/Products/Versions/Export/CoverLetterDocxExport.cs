using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.CoverLetter;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// A cover letter as a Word document in the CV's styles for the chosen design (<see cref="DocxStyles"/>): the name as
/// Title, the headline as Subtitle, the contact line, the job as Heading 1, then the letter as body paragraphs the user
/// can edit in Word.
/// </summary>
public static class CoverLetterDocxExport
{
    public static byte[] Write(CoverLetterContent letter, DocumentDesign design = DocumentDesign.Classic)
    {
        var heading = letter.Sender.Name ?? letter.Sender.Headline;
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(design);
            document.PackageProperties.Title = $"{heading} · Cover letter · {letter.JobTitle}, {letter.Employer}";
            document.PackageProperties.Creator = "Career Navigator";

            var body = new Body();
            body.Append(CvDocxExport.Styled(DocxStyles.Title, heading));
            if (letter.Sender.Name is not null && !string.IsNullOrWhiteSpace(letter.Sender.Headline))
            {
                body.Append(CvDocxExport.Styled(DocxStyles.Subtitle, letter.Sender.Headline));
            }
            if (CvOutline.Contact(letter.Sender) is { Count: > 0 } contact)
            {
                body.Append(CvDocxExport.Styled(DocxStyles.Meta, string.Join(" · ", contact)));
            }
            body.Append(CvDocxExport.Styled(DocxStyles.Heading1, $"{letter.JobTitle} · {letter.Employer}"));
            body.Append(CvDocxExport.Styled(null, letter.Greeting));
            foreach (var paragraph in letter.Paragraphs)
            {
                body.Append(CvDocxExport.Styled(null, paragraph));
            }
            body.Append(CvDocxExport.Styled(null, $"{letter.SignOff},"));
            if (letter.Sender.Name is not null)
            {
                body.Append(CvDocxExport.Styled(null, letter.Sender.Name));
            }
            body.Append(DocxPage.Section(design));
            main.Document = new Document(body);
        }
        return output.ToArray();
    }
}
