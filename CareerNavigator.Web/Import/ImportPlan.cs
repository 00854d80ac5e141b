using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Import;

/// <summary>How one imported item compares with the signed-in user's profile.</summary>
public enum ImportMark
{
    /// <summary>Confirming its section adds it.</summary>
    New,

    /// <summary>The profile has it already, or has its own value, which is kept; confirming skips it.</summary>
    InProfile,

    /// <summary>It can't be stored (no start date, a level we don't store, listed twice, over a limit); its note says why.</summary>
    NotImported,
}

/// <param name="Note">Why it is not added, or what adding it changes, in words for the user.</param>
public sealed record PlannedItem<T>(T Item, ImportMark Mark, string? Note = null);

/// <summary>One profile field the import has a value for (name, headline, email…).</summary>
public sealed record PlannedField(string Label, string Value, ImportMark Mark, string? Note = null)
{
    internal Action<UserProfile, string> Write { get; init; } = null!;
}

/// <summary>
/// Every item of an <see cref="ImportedProfile"/>, marked against the user's profile by <see cref="ImportComparison"/>:
/// the preview shows the marks, and <see cref="ProfileImportService.ApplyAsync"/> writes exactly the items marked new.
/// </summary>
public sealed record ImportPlan
{
    public required IReadOnlyList<PlannedField> Fields { get; init; }
    public required IReadOnlyList<PlannedItem<ProfileLink>> Links { get; init; }
    public required IReadOnlyList<PlannedItem<LanguageSkill>> Languages { get; init; }
    public required IReadOnlyList<PlannedItem<ImportedJob>> Jobs { get; init; }
    public required IReadOnlyList<PlannedItem<ImportedCourse>> Courses { get; init; }
    public required IReadOnlyList<PlannedItem<ImportedEducation>> Education { get; init; }
    public required IReadOnlyList<PlannedItem<ImportedSkill>> Skills { get; init; }

    /// <summary>The fields and links, which <see cref="ImportSelection.ProfileFields"/> confirms together.</summary>
    public IReadOnlyList<ImportMark> ProfileFieldMarks => [.. Fields.Select(f => f.Mark), .. Links.Select(l => l.Mark)];

    /// <summary>True when confirming the sections in <paramref name="selection"/> (all by default) adds anything.</summary>
    public bool AddsAnything(ImportSelection? selection = null)
    {
        selection ??= ImportSelection.All;
        return (selection.ProfileFields && ProfileFieldMarks.Contains(ImportMark.New))
            || (selection.Languages && HasNew(Languages))
            || (selection.Jobs && HasNew(Jobs))
            || (selection.Courses && HasNew(Courses))
            || (selection.Education && HasNew(Education))
            || (selection.Skills && HasNew(Skills));
    }

    /// <summary>The notes of the items in the selected sections.</summary>
    public IEnumerable<string> Notes(ImportSelection selection)
    {
        IEnumerable<string?> notes =
        [
            .. selection.ProfileFields ? Fields.Select(f => f.Note).Concat(Links.Select(l => l.Note)) : [],
            .. selection.Languages ? Languages.Select(l => l.Note) : [],
            .. selection.Jobs ? Jobs.Select(j => j.Note) : [],
            .. selection.Courses ? Courses.Select(c => c.Note) : [],
            .. selection.Education ? Education.Select(e => e.Note) : [],
            .. selection.Skills ? Skills.Select(s => s.Note) : [],
        ];
        return notes.OfType<string>();
    }

    private static bool HasNew<T>(IReadOnlyList<PlannedItem<T>> items) => items.Any(i => i.Mark == ImportMark.New);
}
