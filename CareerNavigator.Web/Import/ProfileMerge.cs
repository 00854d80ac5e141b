using System.Text.Json;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Import;

/// <summary>The <c>user_profiles</c> part of an import: the profile fields, links and languages the plan marks new, and the LinkedIn export itself.</summary>
internal static class ProfileMerge
{
    public sealed record Result(SectionOutcome Fields, SectionOutcome Languages, bool LinkedinDataStored);

    public static Result Apply(
        CareerNavigatorDbContext db, int userId, UserProfile? profile, ImportedProfile imported, ImportPlan plan, ImportSelection selection, List<string> notes)
    {
        var linkedinData = ValidJson(imported.LinkedinProfileData, notes);
        var hasFields = selection.ProfileFields && HasFields(imported);
        var hasLanguages = selection.Languages && imported.Languages.Count > 0;
        if (!hasFields && !hasLanguages && linkedinData is null)
        {
            return new Result(SectionOutcome.None, SectionOutcome.None, false);
        }

        if (profile is null)
        {
            profile = new UserProfile { UserId = userId };
            db.UserProfiles.Add(profile);
        }

        var fields = SectionOutcome.None;
        if (hasFields)
        {
            var newFields = plan.Fields.Where(f => f.Mark == ImportMark.New).ToList();
            foreach (var field in newFields)
            {
                field.Write(profile, field.Value);
            }
            var newLinks = NewItems(plan.Links);
            profile.Links = [.. profile.Links, .. newLinks];
            fields = new SectionOutcome(newFields.Count + newLinks.Count, plan.Fields.Count + plan.Links.Count - newFields.Count - newLinks.Count);
        }
        if (linkedinData is not null)
        {
            profile.LinkedinProfileData = linkedinData;
        }
        var languages = SectionOutcome.None;
        if (hasLanguages)
        {
            var newLanguages = NewItems(plan.Languages);
            profile.Languages = [.. profile.Languages, .. newLanguages];
            languages = new SectionOutcome(newLanguages.Count, plan.Languages.Count - newLanguages.Count);
        }
        return new Result(fields, languages, linkedinData is not null);
    }

    public static bool HasFields(ImportedProfile imported) =>
        new[] { imported.FullName, imported.Headline, imported.Summary, imported.Phone, imported.Email, imported.CurrentLocation, imported.LinkedinProfileUrl }
            .Any(v => v is not null) || imported.Links.Count > 0;

    private static List<T> NewItems<T>(IReadOnlyList<PlannedItem<T>> items) =>
        [.. items.Where(i => i.Mark == ImportMark.New).Select(i => i.Item)];

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
