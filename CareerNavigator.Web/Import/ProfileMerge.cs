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
        var hasFields = selection.ProfileFields && HasFields(imported);
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

        var fields = hasFields ? MergeFields(profile, imported, selection, notes) : SectionOutcome.None;
        if (linkedinData is not null)
        {
            profile.LinkedinProfileData = linkedinData;
        }
        var languages = hasLanguages ? MergeLanguages(profile, imported.Languages, notes) : SectionOutcome.None;
        return new Result(fields, languages, linkedinData is not null);
    }

    public static bool HasFields(ImportedProfile imported) =>
        new[] { imported.FullName, imported.Headline, imported.Summary, imported.Phone, imported.Email, imported.CurrentLocation, imported.LinkedinProfileUrl }
            .Any(v => v is not null) || imported.Links.Count > 0;

    private static SectionOutcome MergeFields(UserProfile profile, ImportedProfile imported, ImportSelection selection, List<string> notes)
    {
        if (imported.Summary is { Length: > ProfileLimits.Summary })
        {
            notes.Add($"Your summary is longer than {ProfileLimits.Summary:N0} characters, the most a CV shows; its end was cut. Shorten it in your profile.");
        }
        var filled = new[]
        {
            Fill(profile.FullName, imported.FullName, selection, v => profile.FullName = v),
            Fill(profile.Headline, imported.Headline, selection, v => profile.Headline = v),
            Fill(profile.Summary, imported.Summary, selection, v => profile.Summary = v),
            Fill(profile.Phone, imported.Phone, selection, v => profile.Phone = v),
            Fill(profile.PublicEmail, imported.Email, selection, v => profile.PublicEmail = v),
            Fill(profile.CurrentLocation, imported.CurrentLocation, selection, v => profile.CurrentLocation = v),
            Fill(profile.LinkedinProfileUrl, imported.LinkedinProfileUrl, selection, v => profile.LinkedinProfileUrl = v),
        };
        var links = MergeLinks(profile, imported.Links);
        return new SectionOutcome(filled.Count(f => f == true) + links.Added, filled.Count(f => f == false) + links.Skipped);
    }

    /// <summary>Adds the links the profile lacks (the same address, ignoring case and a closing slash, is the same link), up to the limit.</summary>
    private static SectionOutcome MergeLinks(UserProfile profile, IReadOnlyList<ProfileLink> imported)
    {
        var links = profile.Links.ToList();
        var known = links.Select(l => ImportMatching.Link(l.Url)).ToHashSet();
        var added = 0;
        foreach (var link in imported)
        {
            if (links.Count < ProfileLimits.Links && known.Add(ImportMatching.Link(link.Url)))
            {
                links.Add(link);
                added++;
            }
        }
        profile.Links = links;
        return new SectionOutcome(added, imported.Count - added);
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
