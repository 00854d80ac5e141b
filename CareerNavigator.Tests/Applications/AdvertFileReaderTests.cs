using System.Text;
using CareerNavigator.Tests.Import;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Import;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Applications;

/// <summary>The advert upload reads what the CV upload reads, within the same limits, and speaks of the advert.</summary>
public sealed class AdvertFileReaderTests
{
    private readonly AdvertFileReader _reader = new(new CvTextExtractor(NullLogger<CvTextExtractor>.Instance));

    [Fact]
    public async Task A_text_file_is_read_as_the_advert()
    {
        var result = await _reader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes("Product Analyst\n\nYou must have SQL.")), "advert.txt");

        Assert.True(result.Succeeded);
        Assert.Contains("You must have SQL.", result.Value);
    }

    [Fact]
    public async Task A_pdf_and_a_docx_are_read_as_the_advert()
    {
        var pdf = await _reader.ReadAsync(new MemoryStream(CvFiles.PdfWithText(["Nurse wanted. Essential: a nursing licence."])), "advert.pdf");
        var docx = await _reader.ReadAsync(new MemoryStream(CvFiles.Docx("Teacher wanted. Spanish C1 required.")), "advert.docx");

        Assert.True(pdf.Succeeded, pdf.Error);
        Assert.Contains("nursing licence", pdf.Value);
        Assert.True(docx.Succeeded, docx.Error);
        Assert.Contains("Spanish C1", docx.Value);
    }

    [Fact]
    public async Task Files_it_cannot_read_get_a_message_about_the_advert_not_a_cv()
    {
        var empty = await _reader.ReadAsync(new MemoryStream([]), "advert.txt");
        var image = await _reader.ReadAsync(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "advert.png");
        var huge = await _reader.ReadAsync(new MemoryStream(new byte[AdvertFileReader.MaxBytes + 1]), "advert.txt");

        foreach (var result in new[] { empty, image, huge })
        {
            Assert.False(result.Succeeded);
            Assert.DoesNotContain("CV", result.Error);
        }
        Assert.Contains("the advert", empty.Error);
        Assert.Contains("10 MB", huge.Error);
    }
}
