using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Import;

namespace CareerNavigator.Tests.Import;

public sealed class JsonResumeReaderTests
{
    private readonly JsonResumeReader _reader = new();

    internal const string CompleteResume = """
        {
          "basics": {
            "name": "Richard Hendricks",
            "label": "Programmer",
            "email": "richard@example.com",
            "summary": "Compression   expert.\n\nFounder.",
            "location": { "city": "Palo Alto", "region": "California", "countryCode": "US" },
            "profiles": [
              { "network": "Twitter", "url": "https://twitter.com/richard" },
              { "network": "LinkedIn", "username": "richard-h", "url": "https://www.linkedin.com/in/richard-h/" }
            ]
          },
          "work": [
            { "name": "Pied Piper", "position": "CEO", "startDate": "2013-12-01", "summary": "Founded it.",
              "highlights": ["Built an app", "Raised a round"] },
            { "name": "Hooli", "position": "Engineer", "startDate": "2010-06", "endDate": "2013-11" }
          ],
          "volunteer": [ { "organization": "Code Club", "position": "Mentor", "startDate": "2012" } ],
          "education": [
            { "institution": "Stanford", "area": "Computer Science", "studyType": "Bachelor", "startDate": "2006", "endDate": "2010",
              "score": "3.6/4.0", "courses": ["CS101", "CS229"] },
            { "institution": "Evening School", "score": "85%" }
          ],
          "certificates": [ { "name": "AWS Architect", "date": "2021-11-07", "issuer": "Amazon", "url": "https://example.com/c/1" } ],
          "skills": [ { "name": "Web Development", "keywords": ["HTML", "CSS", "html"] }, { "name": "Compression" } ],
          "languages": [ { "language": "English", "fluency": "Native speaker" }, { "language": "Spanish", "fluency": "B2" },
                         { "language": "German", "fluency": "Conversational" } ],
          "projects": [ { "name": "Middle-out", "description": "Lossless compression", "highlights": ["Weissman 5.2"], "startDate": "2014-01" } ],
        }
        """;

    [Fact]
    public void A_complete_resume_maps_to_every_section()
    {
        var result = _reader.Read(CompleteResume);

        Assert.True(result.Succeeded, result.Error);
        var profile = result.Value;
        Assert.Empty(profile.Warnings);
        Assert.Equal(("Richard Hendricks", "Programmer"), (profile.FullName, profile.Headline));
        Assert.Equal("Compression expert.\n\nFounder.", profile.Summary);
        Assert.Equal("Palo Alto, California, US", profile.CurrentLocation);
        Assert.Equal("https://www.linkedin.com/in/richard-h", profile.LinkedinProfileUrl);

        Assert.Collection(profile.Jobs,
            ceo =>
            {
                Assert.Equal(("Pied Piper", "CEO", "Founded it."), (ceo.CompanyName, ceo.Position, ceo.Description));
                Assert.Equal(new DateOnly(2013, 12, 1), ceo.StartDate);
                Assert.Equal(DatePrecision.Day, ceo.StartDatePrecision);
                Assert.True(ceo.IsCurrent);
                Assert.Equal(["Built an app", "Raised a round"], ceo.Achievements);
            },
            hooli =>
            {
                Assert.Equal((new DateOnly(2010, 6, 1), new DateOnly(2013, 11, 1)), (hooli.StartDate!.Value, hooli.EndDate!.Value));
                Assert.Equal((DatePrecision.Month, DatePrecision.Month), (hooli.StartDatePrecision, hooli.EndDatePrecision));
                Assert.False(hooli.IsCurrent);
            },
            mentor =>
            {
                Assert.Equal(("Code Club", "Mentor", new DateOnly(2012, 1, 1)), (mentor.CompanyName, mentor.Position, mentor.StartDate!.Value));
                Assert.Equal(DatePrecision.Year, mentor.StartDatePrecision);
                Assert.Equal("Volunteer role.", mentor.Description);
            });

        Assert.Collection(profile.Education,
            stanford =>
            {
                Assert.Equal(("Stanford", "Bachelor", "Computer Science"), (stanford.Institution, stanford.Degree, stanford.FieldOfStudy));
                Assert.Equal(3.6, stanford.Gpa);
                Assert.Equal("Courses: CS101, CS229", stanford.Description);
            },
            evening =>
            {
                Assert.Null(evening.Gpa);
                Assert.Equal("Score: 85%", evening.Description);
            });

        var certificate = Assert.Single(profile.Courses);
        Assert.Equal(("AWS Architect", "Amazon", new DateOnly(2021, 11, 7)), (certificate.Name, certificate.Institution, certificate.CompletionDate!.Value));
        Assert.Equal(SkillSource.JsonResume, profile.SkillSource);
        Assert.Equal(["Web Development", "Compression"], profile.Skills.Select(s => s.Name));
        Assert.Equal([new("English", "native"), new("Spanish", "B2"), new("German", "B1")], profile.Languages.ToArray<LanguageSkill>());
        Assert.Equal("Lossless compression\n\nWeissman 5.2", Assert.Single(profile.Projects).Description);
        Assert.Null(profile.LinkedinProfileData);
    }

    [Fact]
    public async Task A_partial_resume_gives_what_it_has_and_empty_sections()
    {
        var result = await _reader.ReadAsync(new MemoryStream(ZipFiles.WithBom("""{ "work": [ { "name": "Acme", "position": "Clerk", "startDate": "2020" } ] }""")));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(new DateOnly(2020, 1, 1), Assert.Single(result.Value.Jobs).StartDate);
        Assert.Empty(result.Value.Education);
        Assert.Null(result.Value.FullName);
    }

    [Fact]
    public void A_LinkedIn_profile_given_only_by_username_becomes_a_URL()
    {
        var profile = _reader.Read("""{ "basics": { "profiles": [ { "network": "linkedin", "username": "jane" } ] } }""").Value!;

        Assert.Equal("https://www.linkedin.com/in/jane", profile.LinkedinProfileUrl);
    }

    [Fact]
    public void Malformed_JSON_says_where_it_breaks()
    {
        var result = _reader.Read("{\n  \"basics\": { \"name\": \"Jane\" }\n  \"work\": []\n}");

        Assert.Equal(JsonResumeMessages.Malformed(3, 3), result.Error);
        Assert.Contains("line 3", result.Error);
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"a string\"")]
    [InlineData("{ \"name\": \"Jane\", \"jobs\": [] }")]
    public void JSON_that_is_not_a_resume_is_refused(string json)
    {
        Assert.Equal(JsonResumeMessages.NotAResume, _reader.Read(json).Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Empty_input_is_refused(string json)
    {
        Assert.Equal(JsonResumeMessages.Empty, _reader.Read(json).Error);
    }

    [Fact]
    public void Sections_and_entries_of_the_wrong_shape_are_skipped_with_warnings()
    {
        var profile = _reader.Read("""
            { "basics": { "name": "Jane" }, "work": "Acme", "education": [ 42, { "studyType": "BSc" } ],
              "languages": [ { "language": "Dutch", "fluency": "a bit" } ],
              "certificates": [ { "name": "Scrum", "date": "last year" } ] }
            """).Value!;

        Assert.Equal(
        [
            "\"work\" should be a list and was skipped.",
            "education entry 1 isn't an object and was skipped.",
            "education entry 2 has no institution and was skipped.",
            "certificates entry 1 (Scrum): the completion date \"last year\" isn't a date we understand and was left out.",
            "languages entry 1 (Dutch): the fluency \"a bit\" isn't a level we recognise, so the language was skipped; add it by hand.",
        ], profile.Warnings);
        Assert.Null(Assert.Single(profile.Courses).CompletionDate);
    }

    [Fact]
    public async Task A_file_over_5_MB_is_refused()
    {
        var result = await _reader.ReadAsync(new EndlessStream((byte)' '));

        Assert.StartsWith("The file is larger than 5 MB.", result.Error);
    }
}
