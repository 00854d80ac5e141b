using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles.Forms;

namespace CareerNavigator.Tests.Profiles;

public sealed class FormValidationTests
{
    private static readonly DateTime Past = new(2019, 3, 1);

    public static TheoryData<string, object, string> InvalidForms => new()
    {
        { "job without employer", new JobForm { Position = "Analyst", StartDate = Past, IsCurrent = true }, "Enter the employer's name." },
        { "job end before start", new JobForm { CompanyName = "A", Position = "B", StartDate = Past, EndDate = Past.AddDays(-1) }, "The end date cannot be before the start date." },
        { "current job with end date", new JobForm { CompanyName = "A", Position = "B", StartDate = Past, EndDate = Past.AddYears(1), IsCurrent = true }, "A current job has no end date" },
        { "past job without end date", new JobForm { CompanyName = "A", Position = "B", StartDate = Past }, "Enter when this job ended" },
        { "job without start", new JobForm { CompanyName = "A", Position = "B", IsCurrent = true }, "Enter the start date." },
        { "job starting in year 1", new JobForm { CompanyName = "A", Position = "B", StartDate = new DateTime(1, 1, 1), IsCurrent = true }, "The start date must be between" },
        { "job starting in 9999", new JobForm { CompanyName = "A", Position = "B", StartDate = new DateTime(9999, 1, 1), IsCurrent = true }, "The start date must be between" },
        { "job with 100,000-character title", new JobForm { CompanyName = "A", Position = new string('x', 100_000), StartDate = Past, IsCurrent = true }, "Keep the job title under 200 characters." },
        { "course with negative hours", new CourseForm { CourseName = "SQL", DurationHours = -1 }, "Enter the hours as a number from 0 to 10,000." },
        { "course with NaN hours", new CourseForm { CourseName = "SQL", DurationHours = double.NaN }, "Enter the hours as a number from 0 to 10,000." },
        { "course with a non-web certificate link", new CourseForm { CourseName = "SQL", CertificateUrl = "javascript:alert(1)" }, "Enter the full web address" },
        { "course without name", new CourseForm(), "Enter the course or certificate name." },
        { "gpa above its scale", new EducationForm { InstitutionName = "U", Gpa = 4.5, GpaScale = 4 }, "Enter a grade from 0 to 4." },
        { "gpa below zero", new EducationForm { InstitutionName = "U", Gpa = -0.1, GpaScale = 20 }, "Enter a grade from 0 to 20." },
        { "unknown gpa scale", new EducationForm { InstitutionName = "U", Gpa = 3, GpaScale = 7 }, "Pick the scale" },
        { "education end before start", new EducationForm { InstitutionName = "U", StartDate = Past, EndDate = Past.AddYears(-1) }, "The end date cannot be before the start date." },
        { "age 7", new PersonalDetailsForm { Age = 7 }, "Enter an age between 14 and 100." },
        { "age 150", new PersonalDetailsForm { Age = 150 }, "Enter an age between 14 and 100." },
        { "a LinkedIn company page", new CvForm { LinkedinProfileUrl = "https://www.linkedin.com/company/acme" }, "Enter your LinkedIn profile address" },
        { "not LinkedIn at all", new CvForm { LinkedinProfileUrl = "https://example.com/in/me" }, "Enter your LinkedIn profile address" },
        { "NUL bytes in the CV", new CvForm { CvContent = "abc\0def" }, "characters we can't store" },
        { "the same place twice", new LocationsForm { DesiredJobLocations = ["Berlin", "berlin"] }, "listed twice" },
        { "eleven places", new LocationsForm { DesiredJobLocations = Enumerable.Range(0, 11).Select(i => $"City {i}").ToList() }, "at most 10" },
        { "an unknown language level", new LanguagesForm { Languages = [new("English", "fluent")] }, "Pick a level" },
        { "a name without letters", new ContactForm { FullName = "12345" }, "Enter your name in letters." },
        { "a phone number in words", new ContactForm { Phone = "call me" }, "Enter a phone number with digits" },
        { "a phone number of three digits", new ContactForm { Phone = "112" }, "Enter a phone number with digits" },
        { "an email without a domain", new ContactForm { PublicEmail = "ana@" }, "Enter an email address" },
        { "an email with a space", new ContactForm { PublicEmail = "ana maria@example.com" }, "Enter an email address" },
        { "a link without a name", new ContactForm { Links = [new() { Label = " ", Url = "https://ana.dev" }] }, "Give each link a name" },
        { "a script link", new ContactForm { Links = [new() { Label = "Site", Url = "javascript:alert(1)" }] }, "full web address" },
        { "LinkedIn among the links", new ContactForm { Links = [new() { Label = "LinkedIn", Url = "https://www.linkedin.com/in/ana" }] }, "LinkedIn field" },
        { "the same link twice", new ContactForm { Links = [new() { Label = "A", Url = "https://ana.dev" }, new() { Label = "B", Url = "https://ANA.dev/" }] }, "listed twice" },
        { "eleven links", new ContactForm { Links = [.. Enumerable.Range(0, 11).Select(i => new ContactForm.LinkRow { Label = "L", Url = $"https://ana{i}.dev" })] }, "at most 10 links" },
        { "a summary longer than a CV's", new ContactForm { Summary = new string('x', 2_001) }, "under 2,000 characters" },
        { "no name asked for on the CV page", new NameForm { FullName = " " }, "Enter your name" },
    };

    [Theory]
    [MemberData(nameof(InvalidForms))]
    public void Bad_values_are_refused_with_a_message_a_person_understands(string _, object form, string message)
    {
        var errors = new List<ValidationResult>();
        Assert.False(Validator.TryValidateObject(form, new ValidationContext(form), errors, validateAllProperties: true));
        Assert.Contains(errors, e => e.ErrorMessage!.Contains(message, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.NotEmpty(e.MemberNames));
    }

    public static TheoryData<string, object> ValidForms => new()
    {
        { "current job", new JobForm { CompanyName = "Acme", Position = "Analyst", StartDate = Past, IsCurrent = true } },
        { "past job", new JobForm { CompanyName = "Acme", Position = "Analyst", StartDate = Past, EndDate = Past.AddYears(2) } },
        { "course at the hour limits", new CourseForm { CourseName = "SQL", DurationHours = 0 } },
        { "gpa at its scale", new EducationForm { InstitutionName = "U", Gpa = 20, GpaScale = 20 } },
        { "expected graduation next year", new EducationForm { InstitutionName = "U", StartDate = Past, EndDate = DateTime.UtcNow.AddYears(1) } },
        { "age at the limits", new PersonalDetailsForm { Age = 14 } },
        { "linkedin without scheme", new CvForm { LinkedinProfileUrl = "linkedin.com/in/ana-garcia" } },
        { "linkedin country subdomain", new CvForm { LinkedinProfileUrl = "https://es.linkedin.com/in/ana-garcia/" } },
        { "full contact details", new ContactForm
            {
                FullName = "María José O'Neill-García", Headline = "Nurse", Phone = "+34 (0)612-345 678", PublicEmail = "mj@example.es",
                Links = [new() { Label = "Portfolio", Url = "https://mj.example.es" }, new() { Label = "GitHub", Url = "https://github.com/mj" }],
            } },
        { "no contact details at all", new ContactForm() },
        { "native language", new LanguagesForm { Languages = [new LanguageSkill("Polish", "native"), new LanguageSkill("English", "C1")] } },
        { "emoji and RTL text", new GoalsForm { CareerGoals = "أريد أن أصبح مهندسًا 🚀" } },
    };

    [Theory]
    [MemberData(nameof(ValidForms))]
    public void Good_values_pass(string _, object form)
    {
        var errors = new List<ValidationResult>();
        Assert.True(Validator.TryValidateObject(form, new ValidationContext(form), errors, validateAllProperties: true),
            string.Join("; ", errors.Select(e => e.ErrorMessage)));
    }
}
