namespace CareerNavigator.Web.Import;

/// <summary>
/// <paramref name="Added"/>: rows (or profile fields) written. <paramref name="Skipped"/>: already there,
/// kept because the user had filled them in, or not importable (the <see cref="ImportOutcome.Notes"/> say which).
/// </summary>
public sealed record SectionOutcome(int Added, int Skipped)
{
    public static SectionOutcome None { get; } = new(0, 0);
}

/// <summary>What <see cref="ProfileImportService.ApplyAsync"/> wrote. Sections not selected report <see cref="SectionOutcome.None"/>.</summary>
public sealed record ImportOutcome
{
    public required SectionOutcome ProfileFields { get; init; }
    public required SectionOutcome Jobs { get; init; }
    public required SectionOutcome Courses { get; init; }
    public required SectionOutcome Education { get; init; }
    public required SectionOutcome Languages { get; init; }
    public SectionOutcome Skills { get; init; } = SectionOutcome.None;

    /// <summary>True when the LinkedIn export itself was stored in <c>user_profiles.linkedin_profile_data</c>.</summary>
    public bool LinkedinDataStored { get; init; }

    /// <summary>The notes of <see cref="ImportPlan"/>'s items in the selected sections: why an item was not added or what adding it changed.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public int TotalAdded => ProfileFields.Added + Jobs.Added + Courses.Added + Education.Added + Languages.Added + Skills.Added;
}
