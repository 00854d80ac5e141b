using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerNavigator.Tests.Import;

/// <summary>
/// Small CV files that unpack into far more than they look, made on the spot: each is compressed as it is written,
/// so making one never holds its unpacked size in memory.
/// </summary>
internal static class CvBombs
{
    /// <summary>A Word document whose <paramref name="headers"/> header parts each hold <paramref name="charactersEach"/> characters.</summary>
    public static byte[] DocxWithHeaders(int headers, int charactersEach)
    {
        var text = new string('x', charactersEach);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("Jane Doe")))));
            for (var i = 0; i < headers; i++)
            {
                main.AddNewPart<HeaderPart>().Header = new Header(new Paragraph(new Run(new Text(text))));
            }
        }
        return stream.ToArray();
    }

    public static byte[] DocxWithExtraParts(int parts)
    {
        var stream = new MemoryStream();
        stream.Write(CvFiles.Docx("Jane Doe"));
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            for (var i = 0; i < parts; i++)
            {
                using var writer = new StreamWriter(archive.CreateEntry($"customXml/item{i}.xml").Open());
                writer.Write("<item/>");
            }
        }
        return stream.ToArray();
    }

    /// <summary>
    /// A hand-written PDF of <paramref name="pages"/> pages that all draw one Flate-compressed content stream: a line
    /// of <paramref name="text"/> followed by <paramref name="unpackedBytes"/> bytes of spaces.
    /// </summary>
    public static byte[] PdfSharingOneStream(int pages, long unpackedBytes, string text = "Jane Doe")
    {
        var content = new MemoryStream();
        using (var zlib = new ZLibStream(content, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Latin1($"BT /F1 12 Tf 50 700 Td ({text}) Tj ET\n"));
            var spaces = new byte[64 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (long written = 0; written < unpackedBytes; written += spaces.Length)
            {
                zlib.Write(spaces, 0, (int)Math.Min(spaces.Length, unpackedBytes - written));
            }
        }

        var kids = string.Join(" ", Enumerable.Range(0, pages).Select(i => $"{5 + i} 0 R"));
        var objects = new List<byte[]>
        {
            Latin1("<< /Type /Catalog /Pages 2 0 R >>"),
            Latin1($"<< /Type /Pages /Kids [{kids}] /Count {pages} >>"),
            Latin1("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Latin1($"<< /Length {content.Length} /Filter /FlateDecode >>\nstream\n").Concat(content.ToArray()).Concat(Latin1("\nendstream")).ToArray(),
        };
        objects.AddRange(Enumerable.Range(0, pages).Select(_ =>
            Latin1("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>")));

        var pdf = new MemoryStream();
        pdf.Write(Latin1("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Write(Latin1($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Latin1("\nendobj\n"));
        }
        var xref = pdf.Length;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append($"{offset:D10} 00000 n \n");
        }
        table.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        pdf.Write(Latin1(table.ToString()));
        return pdf.ToArray();
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
