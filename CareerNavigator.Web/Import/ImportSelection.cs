namespace CareerNavigator.Web.Import;

/// <summary>The sections of an <see cref="ImportedProfile"/> the user confirmed; everything by default.</summary>
public sealed record ImportSelection
{
    public static ImportSelection All { get; } = new();

    /// <summary>Name, headline, summary, contact details, links, current location and LinkedIn profile URL.</summary>
    public bool ProfileFields { get; init; } = true;

    public bool Jobs { get; init; } = true;
    public bool Courses { get; init; } = true;
    public bool Education { get; init; } = true;
    public bool Languages { get; init; } = true;
    public bool Skills { get; init; } = true;

    /// <summary>Replace profile fields the user already filled in; off by default, so what the user typed wins.</summary>
    public bool OverwriteProfileFields { get; init; }
}
