using System.Text;
using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.CareerPlans;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Products.Versions.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Json.Schema;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CareerNavigator.Tests.Products.Versions;

/// <summary>Every export is read back by a library that did not write it, for each demo persona.</summary>
public sealed class ExportReadBackTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Theory]
    [MemberData(nameof(PersonaRows.Indexes), MemberType = typeof(PersonaRows))]
    public async Task The_cv_pdf_holds_the_name_every_employer_and_every_degree_as_text(int persona)
    {
        var (cv, records) = await CvAsync(persona);

        foreach (var paper in Enum.GetValues<PaperSize>())
        {
            var bytes = CvPdfExport.Write(cv, paper, "footer");
            using var pdf = PdfDocument.Open(bytes);
            var text = Normalize(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));

            Assert.Contains(Normalize(cv.Header.Name!), text);
            Assert.All(records.Employers, employer => Assert.Contains(Normalize(employer), text));
            Assert.All(records.Degrees, degree => Assert.Contains(Normalize(degree), text));
            var page = pdf.GetPage(1);
            Assert.Equal(paper == PaperSize.A4 ? (595, 842) : (612, 792), ((int)page.Width, (int)page.Height));
            Assert.Contains("/FontFile2", Encoding.Latin1.GetString(bytes));
        }
    }

    [Fact]
    public async Task A_long_cv_runs_over_several_pages_without_splitting_a_line()
    {
        var (cv, _) = await CvAsync(0);
        var job = cv.Experience[0];
        var many = cv with
        {
            Experience = [.. Enumerable.Range(1, 30).Select(i => job with
            {
                Employer = $"Employer number {i}", Achievements = [$"Achievement {i} that is long enough to wrap over more than one line of the page, " +
                                                                   "because real achievements often do and must stay readable on paper."],
            })],
        };

        using var pdf = PdfDocument.Open(CvPdfExport.Write(many, PaperSize.Letter, "footer"));

        Assert.True(pdf.NumberOfPages > 1);
        var pages = pdf.GetPages().Select(p => Normalize(string.Join(" ", p.GetWords().Select(w => w.Text)))).ToList();
        for (var i = 1; i <= 30; i++)
        {
            Assert.Single(pages, p => p.Contains($"Employer number {i} ", StringComparison.Ordinal) || p.EndsWith($"Employer number {i}", StringComparison.Ordinal));
        }
        Assert.Contains($"page {pdf.NumberOfPages} of {pdf.NumberOfPages}", pages[^1]);
    }

    [Fact]
    public async Task The_plan_pdf_holds_every_milestone_and_risk()
    {
        var user = await VersionsFor.PersonaAsync(database, 1);
        var version = (await VersionsFor.GenerateAsync(database, user.Id, ProductType.CareerPlan3Y, 1))[0];
        var plan = ProductJson.Deserialize<CareerPlanContent>(version.Content);

        using var pdf = PdfDocument.Open(PlanPdfExport.Write(plan, "3-year plan", PaperSize.A4, "footer"));
        var text = Normalize(string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));

        Assert.All(plan.Milestones, m => Assert.Contains(Normalize($"{m.Label} — {m.Title}"), text));
        Assert.All(plan.Risks, r => Assert.Contains(Normalize(r.Risk), text));
    }

    [Theory]
    [MemberData(nameof(PersonaRows.Indexes), MemberType = typeof(PersonaRows))]
    public async Task The_cv_docx_is_valid_and_uses_real_heading_and_list_styles(int persona)
    {
        var (cv, records) = await CvAsync(persona);

        using var stream = new MemoryStream(CvDocxExport.Write(cv));
        using var document = WordprocessingDocument.Open(stream, false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();

        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal(("Title", cv.Header.Name), paragraphs[0]);
        Assert.Contains(("Heading1", "Experience"), paragraphs);
        Assert.All(records.Employers, employer => Assert.Contains(paragraphs, p => p.Style == "Heading2" && p.Text.Contains(employer)));
        Assert.All(records.Degrees, degree => Assert.Contains(paragraphs, p => p.Style == "Heading2" && p.Text.Contains(degree)));
        Assert.Equal(cv.Experience.Sum(e => e.Achievements.Count), paragraphs.Count(p => p.Style == "ListBullet"));
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.Contains("Heading1", styles);
        Assert.Contains("ListBullet", styles);
        Assert.NotNull(document.MainDocumentPart.NumberingDefinitionsPart);
    }

    [Theory]
    [MemberData(nameof(PersonaRows.Indexes), MemberType = typeof(PersonaRows))]
    public async Task The_json_resume_is_valid_against_the_schema_and_round_trips_through_the_importer(int persona)
    {
        var (cv, _) = await CvAsync(persona);
        var json = JsonResumeExport.Write(cv, new GeneratedProduct { Content = "{}", Version = 3, GeneratedAt = DateTime.UtcNow, ModelUsed = "built-in" });

        var validation = Schema().Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(validation.IsValid, JsonSerializer.Serialize(validation));

        var imported = new JsonResumeReader().Read(json);
        Assert.True(imported.Succeeded, imported.Error);
        var profile = imported.Value!;
        Assert.Empty(profile.Warnings);
        Assert.Equal(cv.Header.Name, profile.FullName);
        Assert.Equal(cv.Header.Headline, profile.Headline);
        Assert.Equal(cv.Header.Location, profile.CurrentLocation);
        Assert.Equal(cv.Header.LinkedinUrl, profile.LinkedinProfileUrl);
        Assert.Equal(cv.Experience.Select(e => (e.Employer, e.Position, e.Location, e.StartDate, e.EndDate, e.IsCurrent, string.Join("|", e.Achievements), e.Description)),
            profile.Jobs.Select(j => (j.CompanyName, j.Position, j.Location, j.StartDate ?? default, j.EndDate, j.IsCurrent, string.Join("|", j.Achievements), j.Description)));
        Assert.Equal(cv.Experience.Select(e => (e.StartPrecision, e.EndPrecision)),
            profile.Jobs.Select(j => ((DatePrecision?)j.StartDatePrecision, j.EndDate is null ? (DatePrecision?)null : j.EndDatePrecision)));
        Assert.Equal(cv.Education.Select(e => (e.Institution, e.Degree, e.FieldOfStudy, e.StartDate, e.EndDate, e.Gpa, e.Location)),
            profile.Education.Select(e => (e.Institution, e.Degree, e.FieldOfStudy, e.StartDate, e.EndDate, e.Gpa, e.Location)));
        Assert.Equal(cv.Education.Select(e => (e.StartPrecision, e.EndPrecision)),
            profile.Education.Select(e => (e.StartDate is null ? (DatePrecision?)null : e.StartDatePrecision, e.EndDate is null ? (DatePrecision?)null : e.EndDatePrecision)));
        Assert.Equal(cv.Certifications.Select(c => (c.Name, c.Issuer, c.CompletedOn, c.CertificateUrl, c.CompletedPrecision)),
            profile.Courses.Select(c => (c.Name, c.Institution, c.CompletionDate, c.Url, c.CompletionDate is null ? (DatePrecision?)null : c.CompletionDatePrecision)));
        Assert.Equal(cv.Skills, profile.Skills.Select(s => s.Name));
        Assert.Equal(cv.Languages.Select(l => (l.Language, l.Proficiency)), profile.Languages.Select(l => (l.Language, l.Proficiency)));
        using var document = JsonDocument.Parse(json);
        Assert.Equal(3, document.RootElement.GetProperty("meta").GetProperty(JsonResumeExport.ExtensionKey).GetProperty("productVersion").GetInt32());
    }

    [Fact]
    public async Task Year_only_dates_stay_years_in_the_pdf_the_docx_and_the_json_resume()
    {
        var (cv, _) = await CvAsync(0);
        var years = cv with
        {
            Experience = [cv.Experience[^1] with
            {
                StartDate = new(2015, 1, 1), StartPrecision = DatePrecision.Year, EndDate = new(2019, 1, 1), EndPrecision = DatePrecision.Year, IsCurrent = false,
            }],
            Certifications = [cv.Certifications[0] with { CompletedOn = new(2021, 6, 14), CompletedPrecision = DatePrecision.Day }],
        };

        using var pdf = PdfDocument.Open(CvPdfExport.Write(years, PaperSize.A4, "footer"));
        var pdfText = Normalize(string.Join(" ", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))));
        using var docx = WordprocessingDocument.Open(new MemoryStream(CvDocxExport.Write(years)), false);
        var docxText = docx.MainDocumentPart!.Document!.Body!.InnerText;
        using var json = JsonDocument.Parse(JsonResumeExport.Write(years, new GeneratedProduct { Content = "{}", Version = 1, GeneratedAt = DateTime.UtcNow, ModelUsed = "built-in" }));

        foreach (var text in new[] { pdfText, docxText })
        {
            Assert.Contains("2015 – 2019", text);
            Assert.DoesNotContain("Jan 2015", text);
            // A document names at most the month.
            Assert.Contains("Jun 2021", text);
            Assert.DoesNotContain("14 Jun 2021", text);
        }
        var work = json.RootElement.GetProperty("work")[0];
        Assert.Equal(("2015", "2019"), (work.GetProperty("startDate").GetString(), work.GetProperty("endDate").GetString()));
        Assert.Equal("2021-06-14", json.RootElement.GetProperty("certificates")[0].GetProperty("date").GetString());
    }

    [Fact]
    public void The_schema_check_itself_refuses_what_json_resume_does_not_allow()
    {
        var options = new EvaluationOptions { RequireFormatValidation = true };

        Assert.False(Schema().Evaluate(JsonDocument.Parse("""{"basics":{},"seed":{}}""").RootElement, options).IsValid);
        Assert.False(Schema().Evaluate(JsonDocument.Parse("""{"work":[{"startDate":"March 2019"}]}""").RootElement, options).IsValid);
        Assert.True(Schema().Evaluate(JsonDocument.Parse("""{"work":[{"startDate":"2019-03"}]}""").RootElement, options).IsValid);
    }

    /// <summary>
    /// The upstream file declares draft-04, which JsonSchema.Net does not evaluate; the schema uses no keyword whose
    /// meaning changed between draft-04 and draft-07, so it is evaluated as draft-07.
    /// </summary>
    private static JsonSchema Schema()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Products", "Versions", "JsonResumeSchema", "schema.json"))
            .Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        return JsonSchema.FromText(text);
    }

    private async Task<(CvContent Cv, (List<string> Employers, List<string> Degrees) Records)> CvAsync(int persona)
    {
        var user = await VersionsFor.PersonaAsync(database, persona);
        var version = (await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 1))[0];
        await using var db = database.CreateContext();
        var employers = await db.JobExperiences.Where(j => j.UserId == user.Id).Select(j => j.CompanyName).ToListAsync();
        var degrees = await db.AcademicRecords.Where(a => a.UserId == user.Id && a.Degree != null).Select(a => a.Degree!).ToListAsync();
        var cv = ProductJson.Deserialize<CvContent>(version.Content);
        Assert.NotNull(cv.Header.Name);
        return (cv, (employers, degrees));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
