using System.Text.Json;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Import;

/// <summary>The <c>user_profiles</c> part of an import: profile fields, languages and the LinkedIn export itself.</summary>
internal static class ProfileMerge
{
    public sealed record Result(SectionOutcome Fields, SectionOutcome Languages, bool LinkedinDataStored);

    public static async Task<Result> ApplyAsync(
        CareerNavigatorDbContext db, int userId, ImportedProfile imported, ImportSelection selection, List<string> notes, CancellationToken ct)
    {
        var linkedinData = ValidJson(imported.LinkedinProfileData, notes);
        var hasFields = selection.ProfileFields && (imported.CurrentLocation is not null || imported.LinkedinProfileUrl is not null);
        var hasLanguages = selection.Languages && imported.Languages.Count > 0;
        if (!hasFields && !hasLanguages && linkedinData is null)
        {
            return new Result(SectionOutcome.None, SectionOutcome.None, false);
        }

        var profile = await db.UserProfiles.SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (profile is null)
        {
            profile = new UserProfile { UserId = userId };
            db.UserProfiles.Add(profile);
        }

        var fields = SectionOutcome.None;
        if (selection.ProfileFields)
        {
            var filled = new[]
            {
                Fill(profile.CurrentLocation, imported.CurrentLocation, selection, v => profile.CurrentLocation = v),
                Fill(profile.LinkedinProfileUrl, imported.LinkedinProfileUrl, selection, v => profile.LinkedinProfileUrl = v),
            };
            fields = new SectionOutcome(filled.Count(f => f == true), filled.Count(f => f == false));
        }
        if (linkedinData is not null)
        {
            profile.LinkedinProfileData = linkedinData;
        }
        var languages = hasLanguages ? MergeLanguages(profile, imported.Languages, notes) : SectionOutcome.None;
        return new Result(fields, languages, linkedinData is not null);
    }

    /// <returns>True when written, false when kept as it was, null when the import had no value.</returns>
    private static bool? Fill(string? current, string? imported, ImportSelection selection, Action<string> set)
    {
        if (imported is null)
        {
            return null;
        }
        if (!string.IsNullOrWhiteSpace(current) && (!selection.OverwriteProfileFields || current == imported))
        {
            return false;
        }
        set(imported);
        return true;
    }

    private static SectionOutcome MergeLanguages(UserProfile profile, IReadOnlyList<LanguageSkill> imported, List<string> notes)
    {
        var languages = profile.Languages.ToList();
        var known = languages.ToDictionary(l => ImportMatching.Language(l.Language), l => l);
        int added = 0, skipped = 0;
        foreach (var language in imported)
        {
            if (!LanguageSkill.Levels.Contains(language.Proficiency))
            {
                notes.Add($"{language.Language}: \"{language.Proficiency}\" isn't a level we store, so it wasn't imported.");
                skipped++;
            }
            else if (known.TryGetValue(ImportMatching.Language(language.Language), out var existing))
            {
                if (existing.Proficiency != language.Proficiency)
                {
                    notes.Add($"You already have {existing.Language} at {existing.Proficiency}; we kept that (the import says {language.Proficiency}).");
                }
                skipped++;
            }
            else
            {
                languages.Add(language);
                known[ImportMatching.Language(language.Language)] = language;
                added++;
            }
        }
        profile.Languages = languages;
        return new SectionOutcome(added, skipped);
    }

    private static string? ValidJson(string? json, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        try
        {
            using var _ = JsonDocument.Parse(json);
            return json;
        }
        catch (JsonException)
        {
            notes.Add("The LinkedIn export data wasn't valid JSON, so it wasn't stored.");
            return null;
        }
    }
}
