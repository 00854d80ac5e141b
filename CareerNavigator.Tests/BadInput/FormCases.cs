using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles.Forms;

namespace CareerNavigator.Tests.BadInput;

/// <summary>Every field of every profile and wizard form (Components/Profile/*Editor, the onboarding steps), through the services they call.</summary>
public static class FormCases
{
    private static readonly DateTime Past = new(2019, 3, 1);

    private static JobForm Job() => new() { CompanyName = "Acme", Position = "Analyst", StartDate = Past, IsCurrent = true };

    private static CourseForm Course() => new() { CourseName = "SQL basics" };

    private static EducationForm Education() => new() { InstitutionName = "Universidad de Prueba" };

    private static Func<CorpusUser, Task<string?>> Profile(IProfileSection form) => async u => { await u.Profiles.SaveAsync(form); return null; };

    private static Func<CorpusUser, Task<string?>> Save(JobForm form) => async u => { await u.Jobs.SaveAsync(form); return null; };

    private static Func<CorpusUser, Task<string?>> Save(CourseForm form) => async u => { await u.Courses.SaveAsync(form); return null; };

    private static Func<CorpusUser, Task<string?>> Save(EducationForm form) => async u => { await u.Education.SaveAsync(form); return null; };

    /// <summary>Each free-text field, by the name its label shows, and how one value is saved into it.</summary>
    public static readonly IReadOnlyList<(string Field, Func<string, Func<CorpusUser, Task<string?>>> Save)> TextFields =
    [
        ("Personal details: birth country", v => Profile(new PersonalDetailsForm { BirthCountry = v })),
        ("Personal details: birth city", v => Profile(new PersonalDetailsForm { BirthCity = v })),
        ("Personal details: current location", v => Profile(new PersonalDetailsForm { CurrentLocation = v })),
        ("Contact: full name", v => Profile(new ContactForm { FullName = v })),
        ("Contact: headline", v => Profile(new ContactForm { Headline = v })),
        ("Contact: summary", v => Profile(new ContactForm { Summary = v })),
        ("Contact: phone", v => Profile(new ContactForm { Phone = v })),
        ("Contact: email for CVs", v => Profile(new ContactForm { PublicEmail = v })),
        ("Contact: link name", v => Profile(new ContactForm { Links = [new() { Label = v, Url = "https://example.com" }] })),
        ("Contact: link address", v => Profile(new ContactForm { Links = [new() { Label = "Site", Url = "https://example.com/" + v }] })),
        ("CV page: name", v => Profile(new NameForm { FullName = v })),
        ("About: life story", v => Profile(new AboutForm { LifeProfile = v })),
        ("About: culture", v => Profile(new AboutForm { Culture = v })),
        ("About: interests", v => async u => { await u.Onboarding.SaveInterestsAsync(["Music", v]); return null; }),
        ("Goals: career goal", v => Profile(new GoalsForm { CareerGoals = v })),
        ("Goals: short-term", v => Profile(new GoalsForm { ShortTermGoals = v })),
        ("Goals: long-term", v => Profile(new GoalsForm { LongTermGoals = v })),
        ("Goals: target field", v => async u => { await u.Onboarding.SaveChangeOfFieldAsync(v, null); return null; }),
        ("Goals: reason for the change", v => async u => { await u.Onboarding.SaveChangeOfFieldAsync("Data", v); return null; }),
        ("CV: text", v => Profile(new CvForm { CvContent = v })),
        ("CV: LinkedIn address", v => Profile(new CvForm { LinkedinProfileUrl = "https://www.linkedin.com/in/" + v })),
        ("Locations: desired place", v => Profile(new LocationsForm { DesiredJobLocations = ["Madrid", v] })),
        ("Languages: language", v => Profile(new LanguagesForm { Languages = [new("Spanish", "native"), new(v, "B2")] })),
        ("Languages: level", v => Profile(new LanguagesForm { Languages = [new("English", v)] })),
        ("Job: employer", v => { var f = Job(); f.CompanyName = v; return Save(f); }),
        ("Job: title", v => { var f = Job(); f.Position = v; return Save(f); }),
        ("Job: description", v => { var f = Job(); f.Description = v; return Save(f); }),
        ("Job: location", v => { var f = Job(); f.Location = v; return Save(f); }),
        ("Job: achievement", v => { var f = Job(); f.Achievements = ["Shipped v2", v]; return Save(f); }),
        ("Job: skill", v => { var f = Job(); f.SkillsUsed = [v]; return Save(f); }),
        ("Course: name", v => { var f = Course(); f.CourseName = v; return Save(f); }),
        ("Course: institution", v => { var f = Course(); f.Institution = v; return Save(f); }),
        ("Course: provider", v => { var f = Course(); f.Provider = v; return Save(f); }),
        ("Course: description", v => { var f = Course(); f.Description = v; return Save(f); }),
        ("Course: certificate address", v => { var f = Course(); f.CertificateUrl = "https://example.com/" + v; return Save(f); }),
        ("Course: skill learned", v => { var f = Course(); f.SkillsLearned = [v]; return Save(f); }),
        ("Education: institution", v => { var f = Education(); f.InstitutionName = v; return Save(f); }),
        ("Education: degree", v => { var f = Education(); f.Degree = v; return Save(f); }),
        ("Education: field of study", v => { var f = Education(); f.FieldOfStudy = v; return Save(f); }),
        ("Education: honours", v => { var f = Education(); f.Honors = v; return Save(f); }),
        ("Education: description", v => { var f = Education(); f.Description = v; return Save(f); }),
        ("Education: location", v => { var f = Education(); f.Location = v; return Save(f); }),
    ];

    public static IEnumerable<BadInputCase> All() =>
        TextFields.SelectMany(field => BadText.All.Select(text =>
                new BadInputCase($"{field.Field} ← {text.Name}", field.Save(text.Value), text.Value.Trim())))
            .Concat(Specific());

    /// <summary>Dates, numbers, lists, addresses and ids: the values that only some fields take.</summary>
    private static IEnumerable<BadInputCase> Specific()
    {
        DateTime[] dates = [new(1, 1, 1), new(9999, 12, 31), DateTime.MinValue, DateTime.MaxValue, new(1899, 12, 31)];
        foreach (var d in dates)
        {
            yield return new($"Job: start date {d:yyyy-MM-dd}", Save(new JobForm { CompanyName = "Acme", Position = "Analyst", StartDate = d, IsCurrent = true }));
            yield return new($"Job: end date {d:yyyy-MM-dd}", Save(new JobForm { CompanyName = "Acme", Position = "Analyst", StartDate = Past, EndDate = d }));
            yield return new($"Course: completion date {d:yyyy-MM-dd}", Save(new CourseForm { CourseName = "SQL", CompletionDate = d }));
            yield return new($"Education: start date {d:yyyy-MM-dd}", Save(new EducationForm { InstitutionName = "U", StartDate = d }));
            yield return new($"Education: end date {d:yyyy-MM-dd}", Save(new EducationForm { InstitutionName = "U", EndDate = d }));
        }
        yield return new("Job: no start date", Save(new JobForm { CompanyName = "Acme", Position = "Analyst", IsCurrent = true }));
        yield return new("Job: ends before it starts", Save(new JobForm { CompanyName = "Acme", Position = "Analyst", StartDate = Past, EndDate = Past.AddDays(-1) }));
        yield return new("Job: current with an end date", Save(new JobForm { CompanyName = "Acme", Position = "Analyst", StartDate = Past, EndDate = Past.AddYears(1), IsCurrent = true }));

        foreach (var age in new[] { -1, 0, 13, 101, int.MinValue, int.MaxValue })
        {
            yield return new($"Personal details: age {age}", Profile(new PersonalDetailsForm { Age = age }));
        }
        foreach (var hours in new[] { -1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -double.Epsilon, 10_000.5 })
        {
            yield return new($"Course: hours {hours}", Save(new CourseForm { CourseName = "SQL", DurationHours = hours }));
        }
        foreach (var gpa in new[] { -1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, 4.01 })
        {
            yield return new($"Education: grade {gpa}", Save(new EducationForm { InstitutionName = "U", Gpa = gpa, GpaScale = 4 }));
        }
        foreach (var scale in new[] { double.NaN, -4, 0, double.PositiveInfinity, 7 })
        {
            yield return new($"Education: grade scale {scale}", Save(new EducationForm { InstitutionName = "U", Gpa = 3, GpaScale = scale }));
        }
        foreach (var years in new[] { -1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 61, double.MaxValue })
        {
            yield return new($"Situation: years of paid work {years}", async u =>
            {
                await u.Onboarding.SaveClassificationAsync(new(years, false, null), UserGroup.ExperiencedContinuing);
                return null;
            });
        }
        foreach (var group in new[] { (UserGroup)99, (UserGroup)(-1) })
        {
            yield return new($"Situation: a group that does not exist ({(int)group})", async u =>
            {
                await u.Onboarding.SaveClassificationAsync(new(5, false, null), group);
                return null;
            });
        }

        foreach (var address in new[] { "javascript:alert(1)", "file:///etc/passwd", "http://localhost/cert", "https://", "ftp://example.com/c.pdf", "https://example.com/" + BadText.HundredThousand })
        {
            yield return new($"Course: certificate address {Short(address)}", Save(new CourseForm { CourseName = "SQL", CertificateUrl = address }));
        }
        foreach (var address in new[] { "javascript:alert(1)", "https://www.linkedin.com/company/acme", "https://evil.example/in/linkedin.com/in/me", "linkedin.com/in/" + BadText.HundredThousand })
        {
            yield return new($"CV: LinkedIn address {Short(address)}", Profile(new CvForm { LinkedinProfileUrl = address }));
        }
        yield return new("CV: 100,001 characters", Profile(new CvForm { CvContent = BadText.HundredThousand + "x" }));

        var many = Enumerable.Range(0, 1_000).Select(i => $"Item {i}").ToList();
        yield return new("Locations: 1,000 places", Profile(new LocationsForm { DesiredJobLocations = many }));
        yield return new("Locations: an empty place", Profile(new LocationsForm { DesiredJobLocations = ["Madrid", ""] }));
        yield return new("Locations: a blank place", Profile(new LocationsForm { DesiredJobLocations = ["  \t "] }));
        yield return new("Languages: 1,000 languages", Profile(new LanguagesForm { Languages = many.Select(m => new LanguageSkill(m, "B1")).ToList() }));
        yield return new("Languages: a missing language name", Profile(new LanguagesForm { Languages = [new(null!, "B1")] }));
        yield return new("Languages: a missing level", Profile(new LanguagesForm { Languages = [new("English", null!)] }));
        yield return new("About: 1,000 interests", async u => { await u.Onboarding.SaveInterestsAsync(many); return null; });
        yield return new("Job: 1,000 achievements", Save(new JobForm { CompanyName = "Acme", Position = "Analyst", StartDate = Past, IsCurrent = true, Achievements = many }));
        yield return new("Job: 1,000 skills", Save(new JobForm { CompanyName = "Acme", Position = "Analyst", StartDate = Past, IsCurrent = true, SkillsUsed = many }));
        yield return new("Course: 1,000 skills", Save(new CourseForm { CourseName = "SQL", SkillsLearned = many }));
        yield return new("Job: blank employer", Save(new JobForm { CompanyName = " \t ", Position = "Analyst", StartDate = Past, IsCurrent = true }));
        yield return new("Course: blank name", Save(new CourseForm { CourseName = "   " }));
        yield return new("Education: blank institution", Save(new EducationForm { InstitutionName = "\u00A0\u2003" }));

        foreach (var id in new[] { -1, 0, int.MaxValue })
        {
            yield return new($"Job: someone else's id {id}", Save(new JobForm { Id = id, CompanyName = "Acme", Position = "Analyst", StartDate = Past, IsCurrent = true }));
            yield return new($"Course: someone else's id {id}", Save(new CourseForm { Id = id, CourseName = "SQL" }));
            yield return new($"Education: someone else's id {id}", Save(new EducationForm { Id = id, InstitutionName = "U" }));
        }
    }

    private static string Short(string text) => text.Length > 40 ? $"{text[..30]}… ({text.Length:N0} characters)" : text;
}
