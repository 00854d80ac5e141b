using System.Text;
using CareerNavigator.Tests.Import;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Profiles.Forms;

namespace CareerNavigator.Tests.BadInput;

/// <summary>
/// The three uploads (CV file, LinkedIn export, JSON Resume), followed the way the import panel does: a CV's text is
/// saved into the CV field; an export or resume that reads is imported with every section selected.
/// </summary>
public static class UploadCases
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    private static Func<CorpusUser, Task<string?>> Cv(Func<Stream> file, string fileName) => async u =>
    {
        var result = await CorpusUser.CvReader.ExtractAsync(file(), fileName);
        if (!result.Succeeded)
        {
            return result.Error;
        }
        await u.Profiles.SaveAsync(new CvForm { CvContent = result.Value });
        return null;
    };

    private static Func<CorpusUser, Task<string?>> Cv(byte[] file, string fileName) => Cv(() => new MemoryStream(file), fileName);

    private static Func<CorpusUser, Task<string?>> Import(Func<Stream, Task<ImportResult<ImportedProfile>>> read, Func<Stream> file) => async u =>
    {
        var result = await read(file());
        if (!result.Succeeded)
        {
            return result.Error;
        }
        await u.Importer.ApplyAsync(result.Value);
        return null;
    };

    private static Func<CorpusUser, Task<string?>> LinkedIn(Func<Stream> file) => Import(s => CorpusUser.LinkedInReader.ReadAsync(s), file);

    private static Func<CorpusUser, Task<string?>> LinkedIn(byte[] file) => LinkedIn(() => new MemoryStream(file));

    private static Func<CorpusUser, Task<string?>> Resume(Func<Stream> file) => Import(s => CorpusUser.JsonResumeReader.ReadAsync(s), file);

    private static Func<CorpusUser, Task<string?>> Resume(byte[] file) => Resume(() => new MemoryStream(file));

    private static Func<CorpusUser, Task<string?>> Resume(string json) => Resume(Utf8.GetBytes(json));

    public static IEnumerable<BadInputCase> All() => CvFileCases().Concat(LinkedInCases()).Concat(ResumeCases());

    private static IEnumerable<BadInputCase> CvFileCases()
    {
        foreach (var (name, text) in BadText.All)
        {
            yield return new($"CV upload: a .txt file with {name}", Cv(Utf8.GetBytes(text), "cv.txt"));
        }
        foreach (var (name, text) in BadText.All.Where(t => !t.Value.Any(c => c == '\0' || char.IsSurrogate(c))))
        {
            // XML cannot hold NUL or half a surrogate pair, so no DOCX can either.
            yield return new($"CV upload: a DOCX with {name}", Cv(CvFiles.Docx("Jane Doe", text), "cv.docx"));
        }
        foreach (var (name, text) in BadText.All.Where(t => t.Value.All(c => c is >= ' ' and <= '~')))
        {
            yield return new($"CV upload: a PDF with {name}", Cv(CvFiles.PdfWithText([text[..Math.Min(text.Length, 20_000)], "Jane Doe"]), "cv.pdf"));
        }

        var pdf = CvFiles.PdfWithText(["Jane Doe", "Analyst"]);
        var docx = CvFiles.Docx("Jane Doe", "Analyst");
        yield return new("CV upload: invalid UTF-8 (an encoded surrogate)", Cv([.. "Jane "u8, 0xED, 0xA0, 0xBD, .. " Doe"u8], "cv.txt"));
        yield return new("CV upload: a lone surrogate written as bytes", Cv(LooseUtf8.GetBytes("Jane \uD83D Doe"), "cv.txt"));
        yield return new("CV upload: UTF-16 text", Cv(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Jane Doe, analyst")).ToArray(), "cv.txt"));
        yield return new("CV upload: Latin-1 text", Cv(Encoding.Latin1.GetBytes("José Müller, señor analyst"), "cv.txt"));
        yield return new("CV upload: only NUL bytes", Cv(new byte[4096], "cv.txt"));
        yield return new("CV upload: an empty file", Cv([], "cv.pdf"));
        yield return new("CV upload: only whitespace", Cv("  \r\n\t  \n"u8.ToArray(), "cv.txt"));
        yield return new("CV upload: 10 MB + 1 byte", Cv(() => new EndlessStream(), "cv.txt"));
        yield return new("CV upload: a PNG named cv.pdf", Cv([0x89, .. "PNG\r\n\x1A\n"u8, .. new byte[64]], "cv.pdf"));
        yield return new("CV upload: a JPEG", Cv([0xFF, 0xD8, 0xFF, 0xE0, .. new byte[64]], "cv.jpg"));
        yield return new("CV upload: a Windows program", Cv([.. "MZ"u8, .. new byte[512]], "cv.exe"));
        yield return new("CV upload: a legacy Word .doc", Cv([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[512]], "cv.doc"));
        yield return new("CV upload: RTF", Cv(@"{\rtf1\ansi Jane Doe\par}"u8.ToArray(), "cv.rtf"));
        yield return new("CV upload: an HTML page", Cv("<!DOCTYPE html><html><body><script>alert(1)</script>Jane</body></html>"u8.ToArray(), "cv.html"));
        yield return new("CV upload: an OpenDocument text", Cv(ZipFiles.Create(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>")), "cv.odt"));
        yield return new("CV upload: a ZIP of something else", Cv(ZipFiles.Create(("notes.txt", "hello")), "cv.zip"));
        yield return new("CV upload: a PDF cut in half", Cv(pdf[..(pdf.Length / 2)], "cv.pdf"));
        yield return new("CV upload: a PDF header and nothing else", Cv("%PDF-1.7\n"u8.ToArray(), "cv.pdf"));
        yield return new("CV upload: a PDF with garbage after the header", Cv([.. "%PDF-1.4\n"u8, .. Enumerable.Range(0, 5000).Select(i => (byte)(i * 131 % 256))], "cv.pdf"));
        yield return new("CV upload: an encrypted PDF", Cv(CvFiles.EncryptedPdf(), "cv.pdf"));
        yield return new("CV upload: a scanned PDF without text", Cv(CvFiles.PdfWithoutText(), "cv.pdf"));
        yield return new("CV upload: a DOCX cut in half", Cv(docx[..(docx.Length / 2)], "cv.docx"));
        yield return new("CV upload: random bytes named .docx", Cv(Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray(), "cv.docx"));
        yield return new("CV upload: a DOCX whose 60 headers unpack to 36 MB", Cv(CvBombs.DocxWithHeaders(headers: 60, charactersEach: 600_000), "cv.docx"));
        yield return new("CV upload: a DOCX of 1,000 extra parts", Cv(CvBombs.DocxWithExtraParts(1_000), "cv.docx"));
        yield return new("CV upload: a PDF whose 20 pages share one 24 MB stream", Cv(CvBombs.PdfSharingOneStream(pages: 20, unpackedBytes: 24 * 1024 * 1024), "cv.pdf"));
        yield return new("CV upload: a PDF whose 45 pages together decode to 40 MB", Cv(CvBombs.PdfSharingOneStream(pages: 45, unpackedBytes: 900 * 1024), "cv.pdf"));
        yield return new("CV upload: a PDF of 51 pages", Cv(CvBombs.PdfSharingOneStream(pages: 51, unpackedBytes: 0), "cv.pdf"));
        yield return new("CV upload: a PDF page of 500,000 letters", Cv(CvBombs.PdfSharingOneStream(pages: 1, unpackedBytes: 0, text: new string('x', 500_000)), "cv.pdf"));
        yield return new("CV upload: a DOCX whose document is not XML", Cv(ZipFiles.Create(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "\0\0 not xml <<<")), "cv.docx"));
    }

    private const string PositionsHeader = "Company Name,Title,Description,Location,Started On,Finished On\n";

    private static string Csv(string value) => "\"" + value.Replace("\"", "\"\"") + "\"";

    private static byte[] Export(string positionsCsv) => ZipFiles.Create(("Positions.csv", positionsCsv), ("Profile.csv", "First Name,Last Name,Headline\nJane,Doe,Analyst\n"));

    private static IEnumerable<BadInputCase> LinkedInCases()
    {
        foreach (var (name, text) in BadText.All)
        {
            yield return new($"LinkedIn upload: {name} in every position column",
                LinkedIn(Export(PositionsHeader + string.Join(",", Enumerable.Repeat(Csv(text), 4)) + ",Mar 2019,\n")));
            yield return new($"LinkedIn upload: {name} written as raw bytes in the profile",
                LinkedIn(ZipFiles.Create(("Profile.csv", [.. "First Name,Last Name,Headline,Summary\nJane,Doe,"u8, .. LooseUtf8.GetBytes(Csv(text)), .. ","u8, .. LooseUtf8.GetBytes(Csv(text)), .. "\n"u8]))));
        }
        foreach (var date in new[] { "Jan 0001", "Dec 9999", "0001", "9999", "Feb 30 2020", "-1", "Mar 2019 or so" })
        {
            yield return new($"LinkedIn upload: position starting \"{date}\"", LinkedIn(Export(PositionsHeader + $"Acme,Analyst,,,{date},\n")));
        }
        yield return new("LinkedIn upload: not a ZIP (a PDF)", LinkedIn(CvFiles.PdfWithText(["Jane"])));
        yield return new("LinkedIn upload: an empty file", LinkedIn([]));
        yield return new("LinkedIn upload: 50 MB + 1 byte", LinkedIn(() => new EndlessStream()));
        var export = LinkedInExportReaderTests.CompleteExport();
        yield return new("LinkedIn upload: a ZIP cut in half", LinkedIn(export[..(export.Length / 2)]));
        yield return new("LinkedIn upload: a ZIP without LinkedIn files", LinkedIn(ZipFiles.Create(("hello.txt", "hi"))));
        yield return new("LinkedIn upload: a ZIP bomb", LinkedIn(ZipFiles.Create(("Positions.csv", new byte[30 * 1024 * 1024]))));
        yield return new("LinkedIn upload: a ZIP declaring a false size", LinkedIn(ZipFiles.DeclaringUncompressedSize(Export(PositionsHeader + "Acme,Analyst,,,Mar 2019,\n"), 12)));
        yield return new("LinkedIn upload: entries that climb out of the folder", LinkedIn(ZipFiles.Create(("../../../etc/Positions.csv", PositionsHeader + "Acme,Analyst,,,Mar 2019,\n"), ("/abs/Profile.csv", "First Name\nJane\n"))));
        yield return new("LinkedIn upload: unbalanced quotes", LinkedIn(Export(PositionsHeader + "\"Acme,Analyst,,,Mar 2019,\n\"\"\"")));
        yield return new("LinkedIn upload: only a header", LinkedIn(Export(PositionsHeader)));
        yield return new("LinkedIn upload: binary garbage as CSV", LinkedIn(ZipFiles.Create(("Positions.csv", Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 256)).ToArray()))));
        yield return new("LinkedIn upload: UTF-16 CSV", LinkedIn(ZipFiles.Create(("Positions.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(PositionsHeader + "Acme,Analyst,,,Mar 2019,\n")).ToArray()))));
        yield return new("LinkedIn upload: 10,000 columns", LinkedIn(Export(string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"C{i}")) + "\n" + new string(',', 9_999) + "\n")));
        yield return new("LinkedIn upload: a 100,000-character header", LinkedIn(Export(BadText.HundredThousand.Replace(",", "") + "\nx\n")));
        yield return new("LinkedIn upload: duplicate column names", LinkedIn(Export("Company Name,Company Name,Title,Title,Started On\nA,B,C,D,Mar 2019\n")));
    }

    private static string Work(string text) =>
        $$$"""{"basics":{"name":{{{text}}},"summary":{{{text}}},"location":{"city":{{{text}}}}},"work":[{"name":{{{text}}},"position":{{{text}}},"summary":{{{text}}},"highlights":[{{{text}}}],"startDate":"2019-03"}],"education":[{"institution":{{{text}}},"studyType":{{{text}}},"score":{{{text}}},"startDate":"2010"}],"languages":[{"language":{{{text}}},"fluency":{{{text}}}}],"skills":[{"name":{{{text}}},"keywords":[{{{text}}}]}]}""";

    private static IEnumerable<BadInputCase> ResumeCases()
    {
        foreach (var (name, text) in BadText.All)
        {
            yield return new($"JSON Resume upload: {name} in every text field", Resume(Work(System.Text.Json.JsonSerializer.Serialize(text))));
        }
        foreach (var (name, escaped) in new[]
                 {
                     ("an escaped NUL", "\"Jane\\u0000Doe\""), ("an escaped lone high surrogate", "\"Jane \\ud83d Doe\""),
                     ("an escaped lone low surrogate", "\"\\ude00 Doe\""), ("escaped surrogates in the wrong order", "\"\\ude00\\ud83d\""),
                     ("escaped control characters", "\"\\u0001\\u0007\\u001b[31m red\""), ("an escaped byte-order mark", "\"\\ufeffJane\""),
                 })
        {
            yield return new($"JSON Resume upload: {name} in every text field", Resume(Work(escaped)));
        }
        foreach (var date in new[] { "0001-01-01", "9999-12-31", "-0001-01-01", "2020-13-45", "10000-01-01", "0000", "yesterday" })
        {
            yield return new($"JSON Resume upload: work starting \"{date}\"", Resume($$"""{"work":[{"name":"Acme","position":"Analyst","startDate":"{{date}}","endDate":"{{date}}"}]}"""));
        }
        foreach (var score in new[] { "\"NaN\"", "\"Infinity\"", "\"-1\"", "1e400", "-1e400", "\"99.9/4\"", "NaN" })
        {
            yield return new($"JSON Resume upload: grade {score}", Resume($$"""{"education":[{"institution":"U","score":{{score}},"startDate":"2010"}]}"""));
        }
        var valid = Work("\"Jane\"");
        yield return new("JSON Resume upload: cut in half", Resume(valid[..(valid.Length / 2)]));
        yield return new("JSON Resume upload: trailing garbage", Resume(valid + "}}} <script>"));
        yield return new("JSON Resume upload: not JSON (a PDF)", Resume(CvFiles.PdfWithText(["Jane"])));
        yield return new("JSON Resume upload: a ZIP", Resume(LinkedInExportReaderTests.CompleteExport()));
        yield return new("JSON Resume upload: an empty file", Resume([]));
        yield return new("JSON Resume upload: a byte-order mark only", Resume([0xEF, 0xBB, 0xBF]));
        foreach (var root in new[] { "null", "[]", "42", "\"resume\"", "{}", "{\"work\":\"not a list\"}", "{\"work\":[1,2,null]}", "{\"basics\":[]}" })
        {
            yield return new($"JSON Resume upload: {root}", Resume(root));
        }
        yield return new("JSON Resume upload: nested 10,000 deep", Resume(new string('[', 10_000) + new string(']', 10_000)));
        yield return new("JSON Resume upload: 2,000 jobs", Resume("{\"work\":[" + string.Join(",", Enumerable.Range(0, 2_000).Select(i => $"{{\"name\":\"C{i}\",\"position\":\"P\",\"startDate\":\"2019\"}}")) + "]}"));
        yield return new("JSON Resume upload: UTF-16", Resume(Encoding.Unicode.GetBytes(valid)));
        yield return new("JSON Resume upload: 5 MB + 1 byte", Resume(() => new EndlessStream((byte)' ')));
    }
}
