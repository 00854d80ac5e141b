namespace CareerNavigator.Web.Products.Types.RelocationHelp;

/// <summary>Content of <c>relocation_help</c>: one checklist per place the user would like to work.</summary>
public sealed record RelocationHelpContent
{
    public required string Summary { get; init; }
    public required IReadOnlyList<RelocationDestination> Destinations { get; init; }
}

public sealed record RelocationDestination
{
    /// <summary>The place exactly as the user wrote it in their desired job locations.</summary>
    public required string Location { get; init; }

    public required MoveKind MoveKind { get; init; }
    public required IReadOnlyList<ChecklistItem> Checklist { get; init; }
}

public enum MoveKind
{
    /// <summary>Where the user already lives: no move, only the local job search.</summary>
    Local,
    Domestic,
    International,
    Remote,
}

public sealed record ChecklistItem
{
    public required ChecklistCategory Category { get; init; }
    public required string Task { get; init; }
    public required string Detail { get; init; }
    public required bool Done { get; init; }
}

public enum ChecklistCategory
{
    WorkRights,
    Language,
    CostOfLiving,
    JobSearch,
    Credentials,
    Practicalities,
}
