using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Versions.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace CareerNavigator.Tests.Products.Versions;

/// <summary>
/// The three CV designs, read back by libraries that did not write them: PdfPig for the PDF (text, title, reading order,
/// columns, pages) and the Open XML SDK's validator for the DOCX.
/// </summary>
public sealed class CvDesignExportTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    public static TheoryData<int, DocumentDesign> PersonasAndDesigns()
    {
        var data = new TheoryData<int, DocumentDesign>();
        for (var persona = 0; persona < DemoPersonas.All.Count; persona++)
        {
            foreach (var design in Enum.GetValues<DocumentDesign>())
            {
                data.Add(persona, design);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PersonasAndDesigns))]
    public async Task Every_design_prints_every_record_and_names_the_person_as_the_pdf_title(int persona, DocumentDesign design)
    {
        var cv = await CvAsync(persona);

        using var pdf = PdfDocument.Open(CvPdfExport.Write(cv, PaperSize.A4, "footer", design));
        // In the order the file draws the text, the order a tracking system that ignores position reads it.
        var text = Normalize(string.Join(" ", pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p))));

        Assert.Equal(cv.Header.Name, pdf.Information.Title);
        Assert.All(cv.Experience, job => Assert.Contains(Normalize(job.Employer), text));
        Assert.All(cv.Education, study => Assert.Contains(Normalize(study.Institution), text));
        Assert.All(cv.Skills, skill => Assert.Contains(Normalize(skill), text));
        Assert.All(cv.Languages, language => Assert.Contains(Normalize(language.Language), text));
    }

    [Theory]
    [MemberData(nameof(PersonaRows.Indexes), MemberType = typeof(PersonaRows))]
    public async Task The_modern_pdf_draws_each_pages_main_column_before_its_side_column(int persona)
    {
        var cv = await CvAsync(persona);
        Assert.NotEmpty(cv.Skills);

        using var pdf = PdfDocument.Open(CvPdfExport.Write(cv, PaperSize.A4, "footer", DocumentDesign.Modern));
        var first = pdf.GetPage(1);
        var firstText = string.Concat(first.Letters.Select(l => l.Value));
        // The side column's Skills heading, directly followed by the first skill (an entry's "Skills: …" line has a colon).
        var skillsHeading = firstText.IndexOf("Skills" + cv.Skills[0][..2], StringComparison.Ordinal);
        Assert.True(skillsHeading > 0, "the Skills heading is on the first page");
        var sideLeft = first.Letters[skillsHeading].StartBaseLine.X - 1;
        var columnsTop = first.Letters[firstText.IndexOf("Profile", StringComparison.Ordinal)].StartBaseLine.Y + 1;
        Assert.True(sideLeft > first.Width * 0.6, $"the side column starts at x = {sideLeft}");

        foreach (var page in pdf.GetPages())
        {
            // Below the name and contact lines (page 1) and above the footer; letters in the order the file draws them.
            var body = page.Letters.Select((letter, order) => (letter, order))
                .Where(l => l.letter.StartBaseLine.Y > 50 && (page.Number > 1 || l.letter.StartBaseLine.Y <= columnsTop) && !string.IsNullOrWhiteSpace(l.letter.Value))
                .ToList();
            var main = body.Where(l => l.letter.StartBaseLine.X < sideLeft).ToList();
            var side = body.Where(l => l.letter.StartBaseLine.X >= sideLeft).ToList();
            if (main.Count > 0 && side.Count > 0)
            {
                Assert.True(main.Max(l => l.order) < side.Min(l => l.order), $"page {page.Number}: a side-column letter is drawn before the main column ends");
            }
            if (page.Number == 1)
            {
                // The side column starts level with the main one.
                Assert.Equal(columnsTop - 1, side.Max(l => l.letter.StartBaseLine.Y), tolerance: 1);
            }
        }
    }

    [Theory]
    [MemberData(nameof(PersonaRows.Indexes), MemberType = typeof(PersonaRows))]
    public async Task The_compact_pdf_fits_one_page_and_puts_each_entrys_dates_on_its_title_line(int persona)
    {
        var cv = await CvAsync(persona);

        using var classic = PdfDocument.Open(CvPdfExport.Write(cv, PaperSize.A4, "footer", DocumentDesign.Classic));
        using var compact = PdfDocument.Open(CvPdfExport.Write(cv, PaperSize.A4, "footer", DocumentDesign.Compact));

        Assert.Equal(1, compact.NumberOfPages);
        Assert.True(classic.NumberOfPages >= compact.NumberOfPages);
        var letters = compact.GetPage(1).Letters;
        var text = string.Concat(letters.Select(l => l.Value));
        var entries = CvOutline.Sections(cv).SelectMany(s => s.Entries).Where(e => e.Dates is not null).ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            // The dates, then the nearest start of the entry's title before them (a long title wraps before the dates).
            var dates = text.IndexOf(entry.Dates!, StringComparison.Ordinal);
            var titleStart = CvOutline.EntryLine(entry)[..Math.Min(12, CvOutline.EntryLine(entry).Length)];
            var title = dates < 0 ? -1 : text.LastIndexOf(titleStart, dates, StringComparison.Ordinal);
            Assert.True(title >= 0, $"{titleStart} … then {entry.Dates}");
            Assert.Equal(letters[title].StartBaseLine.Y, letters[dates].StartBaseLine.Y, tolerance: 3);
            Assert.True(letters[dates].StartBaseLine.X > letters[title].StartBaseLine.X);
        }
    }

    [Theory]
    [MemberData(nameof(PersonasAndDesigns))]
    public async Task Every_design_makes_a_valid_docx_with_the_name_as_title_and_real_headings(int persona, DocumentDesign design)
    {
        var cv = await CvAsync(persona);

        using var document = WordprocessingDocument.Open(new MemoryStream(CvDocxExport.Write(cv, design)), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Descendants<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal(cv.Header.Name, document.PackageProperties.Title);
        Assert.Equal(("Title", cv.Header.Name), paragraphs[0]);
        Assert.All(cv.Experience, job => Assert.Contains(paragraphs, p => p.Style == "Heading2" && p.Text.Contains(job.Employer)));
        Assert.Equal(cv.Experience.Sum(e => e.Achievements.Count), paragraphs.Count(p => p.Style == "ListBullet"));

        var tables = body.Elements<Table>().ToList();
        switch (design)
        {
            case DocumentDesign.Modern:
                // One row, two cells: the main column's sections, then the side column's (the order Word reads them in).
                var cells = Assert.Single(tables).Descendants<TableCell>().ToList();
                Assert.Equal(2, cells.Count);
                Assert.Contains(cells[0].Descendants<Paragraph>(), p => p.InnerText == "Experience");
                Assert.Contains(cells[1].Descendants<Paragraph>(), p => p.InnerText == "Skills");
                Assert.DoesNotContain(cells[0].Descendants<Paragraph>(), p => p.InnerText == "Skills");
                break;
            case DocumentDesign.Compact:
                Assert.Empty(tables);
                Assert.Equal("17", FontSize(document));
                Assert.All(body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2" && cv.Experience.Any(j => p.InnerText.Contains(j.Employer))),
                    p => Assert.Single(p.Descendants<TabChar>()));
                break;
            default:
                Assert.Empty(tables);
                Assert.Equal("21", FontSize(document));
                break;
        }
    }

    private static string? FontSize(WordprocessingDocument document) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<FontSize>().Single().Val?.Value;

    private async Task<CvContent> CvAsync(int persona)
    {
        var user = await VersionsFor.PersonaAsync(database, persona);
        var version = (await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 1))[0];
        var cv = ProductJson.Deserialize<CvContent>(version.Content);
        Assert.NotNull(cv.Header.Name);
        return cv;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
