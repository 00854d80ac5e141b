using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PageSize = UglyToad.PdfPig.Content.PageSize;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CareerNavigator.Tests.Import;

/// <summary>CV files made on the spot, so that no binary fixture is committed.</summary>
internal static class CvFiles
{
    public static byte[] PdfWithText(params string[][] pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                if (line.Length > 0)
                {
                    page.AddText(line, 12, new PdfPoint(50, y), font);
                }
                y -= line.Length > 0 ? 16 : 32;
            }
        }
        return builder.Build();
    }

    /// <summary>What a scanner produces, as far as text goes: a page that only draws.</summary>
    public static byte[] PdfWithoutText()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 400, 600, 2, fill: true);
        return builder.Build();
    }

    /// <summary>A hand-written PDF whose trailer names a Standard security handler that no empty password opens.</summary>
    public static byte[] EncryptedPdf()
    {
        var hex32 = string.Concat(Enumerable.Range(0, 32).Select(i => (i * 37 % 256).ToString("X2")));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 16 >>\nstream\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f\u0010\nendstream",
            $"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{hex32}> /U <{hex32}> >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{hex32[..32]}> <{hex32[..32]}>] >>\n");
        pdf.Append($"startxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    public static byte[] Docx(params string[] paragraphs) => Docx(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));

    public static byte[] Docx(Body body, string? headerText = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(body);
            if (headerText is not null)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(new Paragraph(new Run(new Text(headerText))));
            }
        }
        return stream.ToArray();
    }
}
