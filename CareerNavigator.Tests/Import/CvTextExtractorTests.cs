using System.IO.Compression;
using System.Text;
using CareerNavigator.Web.Import;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Import;

public sealed class CvTextExtractorTests
{
    private readonly CvTextExtractor _extractor = new(NullLogger<CvTextExtractor>.Instance);

    private Task<ImportResult<string>> Extract(byte[] bytes, string? fileName = "cv") =>
        _extractor.ExtractAsync(new MemoryStream(bytes), fileName);

    [Fact]
    public async Task A_PDF_with_text_gives_its_text_with_paragraph_breaks()
    {
        var pdf = CvFiles.PdfWithText(["Jane Doe", "Senior engineer at Acme", "", "Skills: C#, SQL"], ["Page two here"]);

        var result = await Extract(pdf, "cv.pdf");

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("Jane Doe", result.Value);
        Assert.Contains("Senior engineer at Acme", result.Value);
        Assert.Contains("Skills: C#, SQL", result.Value);
        Assert.Contains("\n\nPage two here", result.Value);
        Assert.DoesNotContain("\n\n\n", result.Value);
    }

    [Fact]
    public async Task A_PDF_is_recognised_by_its_content_whatever_its_name()
    {
        var result = await Extract(CvFiles.PdfWithText(["Named like a text file"]), "cv.txt");

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("Named like a text file", result.Value);
    }

    [Fact]
    public async Task A_PDF_without_text_is_reported_as_a_scanned_image()
    {
        var result = await Extract(CvFiles.PdfWithoutText(), "scan.pdf");

        Assert.Equal(CvTextMessages.Scanned, result.Error);
    }

    [Fact]
    public async Task A_password_protected_PDF_is_reported_as_such()
    {
        var result = await Extract(CvFiles.EncryptedPdf(), "locked.pdf");

        Assert.Equal(CvTextMessages.EncryptedPdf, result.Error);
    }

    [Theory]
    [InlineData(40)]
    [InlineData(300)]
    public async Task A_truncated_PDF_is_reported_as_damaged(int keptBytes)
    {
        var pdf = CvFiles.PdfWithText(["Jane Doe", "Senior engineer"]);

        var result = await Extract(pdf[..keptBytes], "cv.pdf");

        Assert.Equal(CvTextMessages.DamagedPdf, result.Error);
    }

    [Fact]
    public async Task A_PDF_header_followed_by_garbage_is_reported_as_damaged()
    {
        var garbage = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Enumerable.Range(0, 5000).Select(i => (byte)(i * 7919 % 251))).ToArray();

        var result = await Extract(garbage, "cv.pdf");

        Assert.Equal(CvTextMessages.DamagedPdf, result.Error);
    }

    [Fact]
    public async Task A_DOCX_gives_its_paragraphs_tables_and_header()
    {
        var body = new Body(
            new Paragraph(new Run(new Text("Jane   Doe"))),
            new Paragraph(),
            new Paragraph(new Run(new Text("Experience")), new Run(new Break()), new Run(new Text("Acme, 2019 to now"))),
            new Table(new TableRow(new TableCell(new Paragraph(new Run(new Text("C#")))), new TableCell(new Paragraph(new Run(new Text("SQL")))))));

        var result = await Extract(CvFiles.Docx(body, headerText: "jane@example.com"), "cv.docx");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("jane@example.com\n\nJane Doe\n\nExperience\nAcme, 2019 to now\nC#\nSQL", result.Value);
    }

    [Fact]
    public async Task A_DOCX_named_like_a_PDF_is_still_read_as_a_DOCX()
    {
        var result = await Extract(CvFiles.Docx("Hello from Word"), "cv.pdf");

        Assert.Equal("Hello from Word", result.Value);
    }

    [Fact]
    public async Task A_DOCX_with_broken_XML_is_reported_as_damaged()
    {
        var docx = CvFiles.Docx("Hello");
        var broken = ReplaceEntry(docx, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>");

        var result = await Extract(broken, "cv.docx");

        Assert.Equal(CvTextMessages.DamagedDocx, result.Error);
    }

    [Fact]
    public async Task A_small_DOCX_that_unpacks_into_an_enormous_document_is_refused()
    {
        var bomb = ReplaceEntry(CvFiles.Docx("Hello"), "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
            + new string('a', 12_000_000) + "</w:t></w:r></w:p></w:body></w:document>");
        Assert.True(bomb.Length < 1024 * 1024);

        var result = await Extract(bomb, "cv.docx");

        Assert.Equal(CvTextMessages.TooMuchText, result.Error);
    }

    [Fact]
    public async Task A_truncated_DOCX_is_reported_as_damaged()
    {
        var docx = CvFiles.Docx("Hello");

        var result = await Extract(docx[..(docx.Length / 2)], "cv.docx");

        Assert.Equal(CvTextMessages.DamagedDocx, result.Error);
    }

    [Fact]
    public async Task A_DOCX_without_text_says_so()
    {
        var result = await Extract(CvFiles.Docx(new Body(new Paragraph())), "cv.docx");

        Assert.Equal(CvTextMessages.EmptyDocx, result.Error);
    }

    [Fact]
    public async Task A_ZIP_that_is_not_a_Word_document_is_unsupported()
    {
        var result = await Extract(ZipFiles.Create(("notes.txt", "hello")), "cv.zip");

        Assert.Equal(CvTextMessages.Unsupported, result.Error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task UTF8_text_with_or_without_BOM_is_read_and_tidied(bool bom)
    {
        var text = "  Jane\tDoe  \r\nEngineer\u00A0at  Acme\r\n\r\n\r\n\r\nZürich, Straße 5\r\n";
        byte[] bytes = bom ? [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

        var result = await Extract(bytes, "cv.txt");

        Assert.Equal("Jane Doe\nEngineer at Acme\n\nZürich, Straße 5", result.Value);
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused_without_reading_it_all()
    {
        var stream = new EndlessStream();

        var result = await _extractor.ExtractAsync(stream, "huge.txt");

        Assert.StartsWith("The file is larger than 10 MB.", result.Error);
        Assert.True(stream.BytesRead <= CvTextExtractor.MaxBytes + 81920);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        Assert.Equal(CvTextMessages.Empty, (await Extract([], "cv.txt")).Error);
    }

    [Theory]
    [InlineData("cv.bin")]
    [InlineData("cv.exe")]
    [InlineData(null)]
    public async Task Binary_content_of_no_known_type_is_unsupported(string? fileName)
    {
        var binary = Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256)).ToArray();

        Assert.Equal(CvTextMessages.Unsupported, (await Extract(binary, fileName)).Error);
    }

    [Fact]
    public async Task Text_that_is_not_UTF8_is_refused_with_a_hint()
    {
        var latin1 = Encoding.Latin1.GetBytes("Zürich résumé café");

        Assert.Equal(CvTextMessages.NotUtf8, (await Extract(latin1, "cv.txt")).Error);
    }

    [Fact]
    public async Task Images_and_old_Word_files_get_their_own_messages()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        byte[] doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        Assert.Equal(CvTextMessages.Image, (await Extract(png, "cv.png")).Error);
        Assert.Equal(CvTextMessages.LegacyOffice, (await Extract(doc, "cv.doc")).Error);
    }

    private static byte[] ReplaceEntry(byte[] zip, string path, string content)
    {
        var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(path)!.Delete();
            using var writer = new StreamWriter(archive.CreateEntry(path).Open());
            writer.Write(content);
        }
        return stream.ToArray();
    }
}
