using System.Text;
using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Import;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Import;

public sealed class LinkedInExportReaderTests
{
    private const string Folder = "Basic_LinkedInDataExport_03-14-2025/";

    private readonly LinkedInExportReader _reader = new(NullLogger<LinkedInExportReader>.Instance);

    private Task<ImportResult<ImportedProfile>> Read(byte[] zip) => _reader.ReadAsync(new MemoryStream(zip));

    internal static byte[] CompleteExport() => ZipFiles.Create(
        (Folder + "Profile.csv", ZipFiles.WithBom(
            "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n" +
            "Jane,Doe,,,,\"Backend engineer, payments\",\"I build APIs.\n\nAnd teach.\",Software,,\"Berlin, Germany\",,[PORTFOLIO:https://www.linkedin.com/in/jane-doe-123/],\n")),
        (Folder + "Positions.csv", ZipFiles.WithBom(
            "Company Name,Title,Description,Location,Started On,Finished On\n" +
            "Acme GmbH,Senior Engineer,\"Led payments, billing and\nreporting.\",\"Berlin, Germany\",Mar 2019,\n" +
            "Initech,Engineer,,,Jan 2015,Feb 2019\n")),
        (Folder + "Education.csv", ZipFiles.WithBom(
            "School Name,Start Date,End Date,Notes,Degree Name,Activities\n" +
            "TU Berlin,2010,2014,Thesis on queues,Bachelor of Science,Chess club\n")),
        (Folder + "Skills.csv", ZipFiles.WithBom("Name\nC#\nPostgreSQL\nc#\n")),
        (Folder + "Certifications.csv", ZipFiles.WithBom(
            "Name,Url,Authority,Started On,Finished On,License Number\n" +
            "Azure Developer,https://learn.example.com/cert/1,Microsoft,14 Jun 2021,,AZ-204-1\n")),
        (Folder + "Languages.csv", ZipFiles.WithBom(
            "Name,Proficiency\n" +
            "German,Native or bilingual proficiency\nEnglish,Full professional proficiency\nFrench,Professional working proficiency\n" +
            "Spanish,Limited working proficiency\nItalian,Elementary proficiency\n")),
        (Folder + "Courses.csv", ZipFiles.WithBom("Name,Number\nDistributed Systems,CS-451\n")),
        (Folder + "Projects.csv", ZipFiles.WithBom("Title,Description,Url,Started On,Finished On\nQueue library,An MIT-licensed queue,,Jan 2020,Mar 2020\n")),
        (Folder + "Connections.csv", ZipFiles.WithBom("Notes:\nnot read\n")));

    [Fact]
    public async Task A_complete_export_in_a_nested_folder_is_read_with_every_section()
    {
        var result = await Read(CompleteExport());

        Assert.True(result.Succeeded, result.Error);
        var profile = result.Value;
        Assert.Empty(profile.Warnings);
        Assert.Equal("Jane Doe", profile.FullName);
        Assert.Equal("Backend engineer, payments", profile.Headline);
        Assert.Equal("I build APIs.\n\nAnd teach.", profile.Summary);
        Assert.Equal("Berlin, Germany", profile.CurrentLocation);
        Assert.Equal("https://www.linkedin.com/in/jane-doe-123", profile.LinkedinProfileUrl);

        Assert.Collection(profile.Jobs,
            acme =>
            {
                Assert.Equal(("Acme GmbH", "Senior Engineer"), (acme.CompanyName, acme.Position));
                Assert.Equal("Led payments, billing and\nreporting.", acme.Description);
                Assert.Equal("Berlin, Germany", acme.Location);
                Assert.Equal(new DateOnly(2019, 3, 1), acme.StartDate);
                Assert.Equal(DatePrecision.Month, acme.StartDatePrecision);
                Assert.Null(acme.EndDate);
                Assert.True(acme.IsCurrent);
            },
            initech =>
            {
                Assert.Equal(new DateOnly(2015, 1, 1), initech.StartDate);
                Assert.Equal(new DateOnly(2019, 2, 1), initech.EndDate);
                Assert.False(initech.IsCurrent);
            });

        var school = Assert.Single(profile.Education);
        Assert.Equal(("TU Berlin", "Bachelor of Science"), (school.Institution, school.Degree));
        Assert.Equal((new DateOnly(2010, 1, 1), new DateOnly(2014, 1, 1)), (school.StartDate!.Value, school.EndDate!.Value));
        Assert.Equal((DatePrecision.Year, DatePrecision.Year), (school.StartDatePrecision, school.EndDatePrecision));
        Assert.Equal("Thesis on queues\n\nActivities: Chess club", school.Description);

        Assert.Equal([new("C#"), new("PostgreSQL")], profile.Skills.ToArray<ImportedSkill>());
        Assert.Equal(SkillSource.LinkedIn, profile.SkillSource);
        Assert.Collection(profile.Courses,
            cert =>
            {
                Assert.Equal(("Azure Developer", "Microsoft", "https://learn.example.com/cert/1"), (cert.Name, cert.Institution, cert.Url));
                Assert.Equal(new DateOnly(2021, 6, 14), cert.CompletionDate);
                Assert.Equal(DatePrecision.Day, cert.CompletionDatePrecision);
                Assert.Equal("Licence number: AZ-204-1", cert.Description);
            },
            course => Assert.Equal(("Distributed Systems", "Course number: CS-451"), (course.Name, course.Description)));
        Assert.Equal(
            [new("German", "native"), new("English", "C2"), new("French", "C1"), new("Spanish", "B1"), new("Italian", "A2")],
            profile.Languages.ToArray<LanguageSkill>());
        var project = Assert.Single(profile.Projects);
        Assert.Equal(("Queue library", new DateOnly(2020, 1, 1)), (project.Name, project.StartDate!.Value));
    }

    [Fact]
    public async Task The_raw_export_is_kept_as_JSON_keyed_by_file_name()
    {
        var profile = (await Read(CompleteExport())).Value!;

        using var json = JsonDocument.Parse(profile.LinkedinProfileData!);
        var files = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["Profile.csv", "Positions.csv", "Education.csv", "Skills.csv", "Certifications.csv", "Languages.csv", "Courses.csv", "Projects.csv"], files);
        var acme = json.RootElement.GetProperty("Positions.csv")[0];
        Assert.Equal("Acme GmbH", acme.GetProperty("Company Name").GetString());
        Assert.Equal("", acme.GetProperty("Finished On").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("Skills.csv").GetArrayLength());
    }

    [Fact]
    public async Task Both_header_spellings_and_any_letter_case_in_names_are_accepted()
    {
        var zip = ZipFiles.Create(
            ("export/POSITIONS.CSV", "company name,title,start date,end date\nAcme,Engineer,2018,Dec 2020\n"),
            ("export/education.csv", "School Name,Degree Name,Started On,Finished On\nMIT,MSc,Sep 2016,Jun 2018\n"));

        var profile = (await Read(zip)).Value!;

        var job = Assert.Single(profile.Jobs);
        Assert.Equal((new DateOnly(2018, 1, 1), new DateOnly(2020, 12, 1), false), (job.StartDate!.Value, job.EndDate!.Value, job.IsCurrent));
        var school = Assert.Single(profile.Education);
        Assert.Equal((new DateOnly(2016, 9, 1), new DateOnly(2018, 6, 1)), (school.StartDate!.Value, school.EndDate!.Value));
    }

    [Fact]
    public async Task Missing_optional_files_are_fine()
    {
        var profile = (await Read(ZipFiles.Create(("Positions.csv", "Company Name,Title,Started On,Finished On\nAcme,Engineer,Mar 2019,\n")))).Value!;

        Assert.Single(profile.Jobs);
        Assert.Empty(profile.Warnings);
        Assert.Empty(profile.Languages);
        Assert.Null(profile.FullName);
    }

    [Fact]
    public async Task Rows_without_company_or_title_are_skipped_with_a_warning_naming_the_row()
    {
        var zip = ZipFiles.Create(("Positions.csv",
            "Company Name,Title,Started On,Finished On\nAcme,Engineer,Mar 2019,\n,Ghost,Jan 2018,\nInitech,,Jan 2017,\nGlobex,Analyst,,\nUmbrella,Chemist,someday,\n"));

        var profile = (await Read(zip)).Value!;

        Assert.Equal(["Acme", "Globex", "Umbrella"], profile.Jobs.Select(j => j.CompanyName));
        Assert.Equal(
        [
            "Positions.csv row 3 has no company name and was skipped.",
            "Positions.csv row 4 has no title and was skipped.",
            "Positions.csv row 5 (Analyst at Globex) has no start date; it can't be imported until one is added.",
            "Positions.csv row 6 (Chemist at Umbrella): the start date \"someday\" isn't a date we understand and was left out.",
        ], profile.Warnings);
    }

    [Fact]
    public async Task A_language_without_a_known_proficiency_is_skipped_with_a_warning()
    {
        var zip = ZipFiles.Create(("Profile.csv", "First Name,Last Name\nJane,Doe\n"), ("Languages.csv", "Name,Proficiency\nKlingon,\nDutch,Native or bilingual proficiency\n"));

        var profile = (await Read(zip)).Value!;

        Assert.Equal([new LanguageSkill("Dutch", "native")], profile.Languages.ToArray());
        Assert.Contains(profile.Warnings, w => w.StartsWith("Languages.csv row 2 (Klingon)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_ZIP_without_Profile_and_Positions_is_not_a_LinkedIn_export()
    {
        var result = await Read(ZipFiles.Create(("Skills.csv", "Name\nC#\n"), ("holiday.jpg", "not really")));

        Assert.Equal(LinkedInMessages.NotLinkedIn, result.Error);
    }

    [Fact]
    public async Task A_ZIP_bomb_of_30_MB_of_zeros_is_refused()
    {
        var result = await Read(ZipFiles.Create(("Positions.csv", new byte[30 * 1024 * 1024])));

        Assert.Equal(LinkedInMessages.TooMuchData, result.Error);
    }

    [Fact]
    public async Task A_file_compressed_beyond_100_to_1_is_refused_even_within_the_size_limits()
    {
        var result = await Read(ZipFiles.Create(("Profile.csv", Encoding.UTF8.GetBytes("First Name\nJane\n")), ("Rich_Media.csv", new byte[5 * 1024 * 1024])));

        Assert.Equal(LinkedInMessages.Suspicious, result.Error);
    }

    [Fact]
    public async Task An_entry_is_never_read_past_the_size_its_header_declares()
    {
        // Text that hardly compresses, so that only the lie about its size could let it through.
        var random = new Random(42);
        var rows = string.Concat(Enumerable.Range(0, 20_000).Select(_ => $"C{random.Next():x8},T{random.Next():x8},Mar 2019,\n"));
        var honest = ZipFiles.Create(("Positions.csv", "Company Name,Title,Started On,Finished On\n" + rows));

        var result = await Read(ZipFiles.DeclaringUncompressedSize(honest, 1_000));

        // .NET stops at the declared size and the reader counts what it gets: either way no more comes out.
        Assert.True(!result.Succeeded || result.Value.Jobs.Count <= 1_000 / 30, result.Error ?? $"{result.Value!.Jobs.Count} jobs");
    }

    [Fact]
    public async Task More_than_2000_entries_are_refused()
    {
        var entries = Enumerable.Range(0, 2001).Select(i => ($"export/file{i}.csv", "a")).Append(("Profile.csv", "First Name\nJane\n")).ToArray();

        Assert.Equal(LinkedInMessages.TooManyEntries, (await Read(ZipFiles.Create(entries))).Error);
    }

    [Fact]
    public async Task Files_that_are_not_ZIPs_are_refused_even_when_named_like_one()
    {
        Assert.Equal(LinkedInMessages.NotZip, (await Read(CvFiles.PdfWithText(["Jane"]))).Error);
        Assert.Equal(LinkedInMessages.NotZip, (await Read(Encoding.UTF8.GetBytes("Company Name,Title\nAcme,Engineer\n"))).Error);
        Assert.Equal(LinkedInMessages.NotZip, (await Read([])).Error);
    }

    [Fact]
    public async Task A_damaged_ZIP_is_refused()
    {
        var zip = CompleteExport();

        Assert.Equal(LinkedInMessages.Damaged, (await Read(zip[..(zip.Length / 2)])).Error);
    }

    [Fact]
    public async Task An_upload_over_50_MB_is_refused_without_reading_it_all()
    {
        var stream = new EndlessStream();

        var result = await _reader.ReadAsync(stream);

        Assert.StartsWith("The file is larger than 50 MB.", result.Error);
        Assert.True(stream.BytesRead <= LinkedInExportReader.MaxBytes + 81920);
    }
}
