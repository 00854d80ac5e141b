using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles.Skills;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Import;

/// <summary>
/// The one rule for what an import adds: an item is new unless the user's rows have its <see cref="ImportMatching"/> key
/// (or an earlier item of the same file has it); a profile field is new only where the user's is empty. The preview
/// and the confirm step both ask this class, so what the preview marks new is what confirming adds.
/// </summary>
internal static class ImportComparison
{
    private const string Twice = "Listed twice in the file; added once.";
    private const string SummaryLabel = "Summary";

    /// <summary>What the user has, read within their own rows only.</summary>
    public sealed record Existing(
        UserProfile? Profile, IReadOnlySet<string> Jobs, IReadOnlySet<string> Courses, IReadOnlySet<string> Education, IReadOnlySet<string> Skills);

    private static readonly (string Label, Func<ImportedProfile, string?> Imported, Func<UserProfile, string?> Current, Action<UserProfile, string> Write)[] FieldMap =
    [
        ("Name", i => i.FullName, p => p.FullName, (p, v) => p.FullName = v),
        ("Headline", i => i.Headline, p => p.Headline, (p, v) => p.Headline = v),
        ("Email", i => i.Email, p => p.PublicEmail, (p, v) => p.PublicEmail = v),
        ("Phone", i => i.Phone, p => p.Phone, (p, v) => p.Phone = v),
        ("Lives in", i => i.CurrentLocation, p => p.CurrentLocation, (p, v) => p.CurrentLocation = v),
        ("LinkedIn", i => i.LinkedinProfileUrl, p => p.LinkedinProfileUrl, (p, v) => p.LinkedinProfileUrl = v),
        (SummaryLabel, i => i.Summary, p => p.Summary, (p, v) => p.Summary = v),
    ];

    /// <remarks>The profile row is tracked, so the confirm step writes into it.</remarks>
    public static async Task<Existing> LoadAsync(CareerNavigatorDbContext db, int userId, CancellationToken ct)
    {
        var profile = await db.UserProfiles.SingleOrDefaultAsync(p => p.UserId == userId, ct);
        var jobs = await db.JobExperiences.Where(j => j.UserId == userId).Select(j => new { j.CompanyName, j.Position, j.StartDate }).ToListAsync(ct);
        var courses = await db.Courses.Where(c => c.UserId == userId).Select(c => new { c.CourseName, c.CompletionDate }).ToListAsync(ct);
        var education = await db.AcademicRecords.Where(a => a.UserId == userId).Select(a => new { a.InstitutionName, a.Degree, a.StartDate }).ToListAsync(ct);
        var skills = await db.UserSkills.Where(s => s.UserId == userId).Select(s => s.NormalizedName).ToListAsync(ct);
        return new Existing(
            profile,
            jobs.Select(j => ImportMatching.Job(j.CompanyName, j.Position, j.StartDate)).ToHashSet(),
            courses.Select(c => ImportMatching.Course(c.CourseName, c.CompletionDate)).ToHashSet(),
            education.Select(a => ImportMatching.Education(a.InstitutionName, a.Degree, a.StartDate)).ToHashSet(),
            skills.ToHashSet());
    }

    public static ImportPlan Compare(ImportedProfile imported, Existing existing, bool overwriteProfileFields) => new()
    {
        Fields = Fields(imported, existing.Profile, overwriteProfileFields),
        Links = Links(imported.Links, existing.Profile?.Links ?? []),
        Languages = Languages(imported.Languages, existing.Profile?.Languages ?? []),
        Jobs = Mark(imported.Jobs, existing.Jobs, j => j.StartDate is { } start ? ImportMatching.Job(j.CompanyName, j.Position, start) : null,
            j => $"\"{j.Position}\" at {j.CompanyName} has no start date, so it can't be imported; add it by hand."),
        Courses = Mark(imported.Courses, existing.Courses, c => ImportMatching.Course(c.Name, c.CompletionDate), null),
        Education = Mark(imported.Education, existing.Education, e => ImportMatching.Education(e.Institution, e.Degree, e.StartDate), null),
        Skills = Skills(imported.Skills, existing.Skills),
    };

    /// <summary>
    /// Skills by their normalised name (case and spacing ignored), names cut to the column's length; past
    /// <see cref="UserSkillService.MaxSkills"/> on the profile the rest can't be added.
    /// </summary>
    private static List<PlannedItem<ImportedSkill>> Skills(IReadOnlyList<ImportedSkill> imported, IReadOnlySet<string> existing)
    {
        var fitted = imported.Select(s => s.Name.Length > UserSkill.MaxNameLength ? s with { Name = s.Name[..UserSkill.MaxNameLength].TrimEnd() } : s).ToList();
        var planned = Mark(fitted, existing, s => UserSkill.Normalize(s.Name), null);
        var room = UserSkillService.MaxSkills - existing.Count;
        var added = 0;
        return [.. planned.Select(p => p.Mark != ImportMark.New || added++ < room
            ? p
            : p with { Mark = ImportMark.NotImported, Note = $"\"{p.Item.Name}\" can't be added: a profile holds at most {UserSkillService.MaxSkills} skills." })];
    }

    /// <param name="key">Null when the item can't be stored; <paramref name="whyNot"/> then says why.</param>
    private static List<PlannedItem<T>> Mark<T>(IReadOnlyList<T> imported, IReadOnlySet<string> existing, Func<T, string?> key, Func<T, string>? whyNot)
    {
        var seen = new HashSet<string>();
        return [.. imported.Select(item => key(item) switch
        {
            null => new PlannedItem<T>(item, ImportMark.NotImported, whyNot?.Invoke(item)),
            { } k when existing.Contains(k) => new PlannedItem<T>(item, ImportMark.InProfile),
            { } k when !seen.Add(k) => new PlannedItem<T>(item, ImportMark.NotImported, Twice),
            _ => new PlannedItem<T>(item, ImportMark.New),
        })];
    }

    private static List<PlannedField> Fields(ImportedProfile imported, UserProfile? profile, bool overwrite)
    {
        var fields = new List<PlannedField>();
        foreach (var (label, importedValue, currentValue, write) in FieldMap)
        {
            if (importedValue(imported) is not { } value)
            {
                continue;
            }
            var current = profile is null ? null : currentValue(profile);
            var mark = string.IsNullOrWhiteSpace(current) || (overwrite && current != value) ? ImportMark.New : ImportMark.InProfile;
            string? note = null;
            if (!string.IsNullOrWhiteSpace(current) && current != value)
            {
                note = overwrite ? $"Replaces \"{current}\"." : $"Your profile says \"{current}\"; that is kept.";
            }
            if (mark == ImportMark.New && label == SummaryLabel && value.Length > ProfileLimits.Summary)
            {
                note = $"Your summary is longer than {ProfileLimits.Summary:N0} characters, the most a CV shows; its end is cut. Shorten it in your profile.";
            }
            fields.Add(new PlannedField(label, value, mark, note) { Write = write });
        }
        return fields;
    }

    /// <summary>The same address, ignoring case and a closing slash, is the same link; the profile holds up to <see cref="ProfileLimits.Links"/>.</summary>
    private static List<PlannedItem<ProfileLink>> Links(IReadOnlyList<ProfileLink> imported, IReadOnlyList<ProfileLink> current)
    {
        var existing = current.Select(l => ImportMatching.Link(l.Url)).ToHashSet();
        var seen = new HashSet<string>();
        var room = ProfileLimits.Links - current.Count;
        var planned = new List<PlannedItem<ProfileLink>>();
        foreach (var link in imported)
        {
            var key = ImportMatching.Link(link.Url);
            planned.Add(existing.Contains(key) ? new(link, ImportMark.InProfile)
                : !seen.Add(key) ? new(link, ImportMark.NotImported, Twice)
                : room-- <= 0 ? new(link, ImportMark.NotImported, $"Your profile holds at most {ProfileLimits.Links} links.")
                : new(link, ImportMark.New));
        }
        return planned;
    }

    private static List<PlannedItem<LanguageSkill>> Languages(IReadOnlyList<LanguageSkill> imported, IReadOnlyList<LanguageSkill> current)
    {
        var existing = current.GroupBy(l => ImportMatching.Language(l.Language)).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<string>();
        return [.. imported.Select(language => ImportMatching.Language(language.Language) switch
        {
            _ when !LanguageSkill.Levels.Contains(language.Proficiency) => new PlannedItem<LanguageSkill>(language, ImportMark.NotImported,
                $"{language.Language}: \"{language.Proficiency}\" isn't a level we store, so it can't be imported."),
            var k when existing.TryGetValue(k, out var have) => new PlannedItem<LanguageSkill>(language, ImportMark.InProfile,
                have.Proficiency == language.Proficiency ? null
                    : $"You already have {have.Language} at {have.Proficiency}; that is kept (the import says {language.Proficiency})."),
            var k when !seen.Add(k) => new PlannedItem<LanguageSkill>(language, ImportMark.NotImported, Twice),
            _ => new PlannedItem<LanguageSkill>(language, ImportMark.New),
        })];
    }
}
