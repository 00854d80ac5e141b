using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Import;
using CareerNavigator.Web.Import.CvReading;

namespace CareerNavigator.Tests.Import;

/// <summary>The built-in CV reader's pieces and its answers to files it cannot read.</summary>
public sealed class BuiltInCvReaderTests
{
    private static BuiltInCvReader Reader => CvReaderFixtureTests.Reader;

    [Theory]
    [InlineData("03/2019 – present", "2019-03", null, true)]
    [InlineData("Mar 2019 – Present", "2019-03", null, true)]
    [InlineData("2019–2021", "2019", "2021", false)]
    [InlineData("since 2020", "2020", null, true)]
    [InlineData("seit 2020", "2020", null, true)]
    [InlineData("desde 2019", "2019", null, true)]
    [InlineData("janv. 2018 – déc. 2020", "2018-01", "2020-12", false)]
    [InlineData("10.2016 – 02.2020", "2016-10", "2020-02", false)]
    [InlineData("lipiec 2016 – wrzesień 2016", "2016-07", "2016-09", false)]
    [InlineData("mar/2019 – atual", "2019-03", null, true)]
    [InlineData("März 2018 – heute", "2018-03", null, true)]
    [InlineData("2012-09 – 2016-06", "2012-09", "2016-06", false)]
    [InlineData("14.03.2019 - 30.06.2021", "2019-03-14", "2021-06-30", false)]
    [InlineData("enero 2015 – marzo 2019", "2015-01", "2019-03", false)]
    [InlineData("od 2021", "2021", null, true)]
    [InlineData("September 2016 to June 2018", "2016-09", "2018-06", false)]
    public void Periods_keep_the_precision_the_text_gives(string text, string start, string? end, bool current)
    {
        var period = CvDateText.FindPeriod($"Engineer, Acme | {text}");

        Assert.NotNull(period);
        Assert.Equal(start, period.Start.Iso);
        Assert.Equal(end, period.End?.Iso);
        Assert.Equal(current, period.IsCurrent);
    }

    [Theory]
    [InlineData("Work Experience", "Experience")]
    [InlineData("Experiencia profesional", "Experience")]
    [InlineData("Expérience professionnelle", "Experience")]
    [InlineData("BERUFSERFAHRUNG", "Experience")]
    [InlineData("Doświadczenie zawodowe", "Experience")]
    [InlineData("Experiência profissional:", "Experience")]
    [InlineData("Formación académica", "Education")]
    [InlineData("Formación complementaria", "Courses")]
    [InlineData("Kursy i certyfikaty", "Courses")]
    [InlineData("Sprachkenntnisse", "Languages")]
    [InlineData("Języki obce", "Languages")]
    [InlineData("Compétences", "Skills")]
    [InlineData("Centres d'intérêt", "Other")]
    public void Headings_are_read_in_six_languages(string line, string section) => Assert.Equal(Enum.Parse<CvSection>(section), CvHeadings.Read(line));

    [Theory]
    [InlineData("Ausbildung zum Elektroniker für Betriebstechnik")]
    [InlineData("Formation HACCP")]
    [InlineData("Curso de Scrum Avanzado")]
    [InlineData("Data Analyst")]
    public void Entries_that_start_with_a_heading_word_are_not_headings(string line) => Assert.Null(CvHeadings.Read(line));

    [Fact]
    public void Languages_keep_their_levels_and_english_names()
    {
        var languages = CvLanguages.Read("Deutsch – Muttersprache\nEnglisch – verhandlungssicher\nPolnisch – Grundkenntnisse\nFrancés: B1\nKlingon", _ => { });

        Assert.Equal([new LanguageSkill("German", "native"), new LanguageSkill("English", "C1"), new LanguageSkill("Polish", "A2"), new LanguageSkill("French", "B1")], languages);
    }

    [Fact]
    public void Pasted_text_is_read_into_records()
    {
        var result = Reader.ReadText("Ana Ruiz\nana@example.es\n\nExperiencia\nDesarrolladora, Nube Sur S.L., Cádiz — 03/2020 – actualidad\n\nIdiomas\nInglés: C1");

        Assert.True(result.Succeeded);
        var job = Assert.Single(result.Value.Jobs);
        Assert.Equal(("Desarrolladora", "Nube Sur S.L.", "Cádiz"), (job.Position, job.CompanyName, job.Location));
        Assert.Equal((new DateOnly(2020, 3, 1), DatePrecision.Month, true), (job.StartDate!.Value, job.StartDatePrecision, job.IsCurrent));
        Assert.Equal("ana@example.es", result.Value.Email);
        Assert.Equal([new LanguageSkill("English", "C1")], result.Value.Languages);
    }

    [Fact]
    public void A_corrupt_pdf_gives_a_clear_message() =>
        Assert.Equal(CvTextMessages.DamagedPdf, Reader.ReadFile("%PDF-1.7\n1 0 obj << /Type /Catalog >> broken"u8.ToArray(), "cv.pdf").Error);

    [Fact]
    public void An_empty_file_gives_a_clear_message() => Assert.Equal(CvTextMessages.Empty, Reader.ReadFile([], "cv.pdf").Error);

    [Fact]
    public void A_scanned_pdf_without_text_gives_a_clear_message() => Assert.Equal(CvTextMessages.Scanned, Reader.ReadFile(CvFiles.PdfWithoutText(), "scan.pdf").Error);

    [Fact]
    public void A_pdf_with_more_pages_than_a_cv_is_refused() =>
        Assert.Equal(CvTextMessages.TooManyPages, Reader.ReadFile(CvFiles.PdfWithText([.. Enumerable.Repeat<string[]>(["page"], CvReadLimits.MaxPdfPages + 1)]), "cv.pdf").Error);

    [Fact]
    public async Task A_huge_upload_is_refused_without_reading_it_all()
    {
        var upload = new EndlessStream();

        var result = await Reader.ReadFileAsync(upload, "cv.pdf");

        Assert.Contains("10 MB", result.Error);
        Assert.True(upload.BytesRead <= CvTextExtractor.MaxBytes + 81920);
    }

    [Fact]
    public void Text_beyond_the_character_limit_is_refused() =>
        Assert.Equal(CvTextMessages.TooMuchText, Reader.ReadFile(new byte[CvReadLimits.MaxCharacters + 10].Select(_ => (byte)'a').ToArray(), "cv.txt").Error);
}
