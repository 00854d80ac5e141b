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
using UglyToad.PdfPig.Content;

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
        var text = Normalize(string.Join(" ", pdf.GetPages().Select(p => p.Text)));

        Assert.Equal(cv.Header.Name, pdf.Information.Title);
        Assert.All(cv.Experience, job => Assert.Contains(Normalize(job.Employer), text));
        Assert.All(cv.Education, study => Assert.Contains(Normalize(study.Institution), text));
        Assert.All(cv.Skills, skill => Assert.Contains(Normalize(skill), text));
        Assert.All(cv.Languages, language => Assert.Contains(Normalize(language.Language), text));
    }

    [Theory]
    [MemberData(nameof(PersonaRows.Indexes), MemberType = typeof(PersonaRows))]
    public async Task The_modern_pdf_reads_the_whole_main_column_before_the_side_column_beside_it(int persona)
    {
        var cv = await CvAsync(persona);
        Assert.NotEmpty(cv.Skills);

        using var pdf = PdfDocument.Open(CvPdfExport.Write(cv, PaperSize.A4, "footer", DocumentDesign.Modern));
        var letters = pdf.GetPages().SelectMany(p => p.Letters).ToList();
        var text = string.Concat(letters.Select(l => l.Value));

        var lastMain = new[] { "Profile", "Experience", "Education" }.Concat(cv.Experience.Select(j => j.Employer))
            .Max(word => text.LastIndexOf(word, StringComparison.Ordinal));
        var skillsHeading = text.IndexOf("Skills", lastMain, StringComparison.Ordinal);
        Assert.True(skillsHeading > lastMain, "the side column's Skills heading comes after the main column's text");
        // The side column sits to the right of the main one, on the first page, level with the top of the main column.
        var side = letters[skillsHeading];
        var profile = letters[text.IndexOf("Profile", StringComparison.Ordinal)];
        Assert.True(side.StartBaseLine.X > pdf.GetPage(1).Width * 0.6, $"Skills heading at x = {side.StartBaseLine.X}");
        Assert.Equal(profile.StartBaseLine.Y, side.StartBaseLine.Y, precision: 0);
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
        var job = cv.Experience.Count > 0 ? cv.Experience[0] : null;
        if (job is not null)
        {
            var words = compact.GetPage(1).GetWords().ToList();
            var title = words.First(w => w.Text == job.Position.Split(' ')[0]);
            var year = words.First(w => w.Text.Contains(job.StartDate.Year.ToString(), StringComparison.Ordinal) && w.BoundingBox.Left > title.BoundingBox.Right);
            Assert.Equal(title.BoundingBox.Bottom, year.BoundingBox.Bottom, tolerance: 3);
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
