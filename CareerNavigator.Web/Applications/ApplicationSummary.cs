using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Applications;

/// <summary>An application as the board, the list and the dashboard show it: no advert, notes or contacts.</summary>
public sealed record ApplicationSummary(
    int Id,
    string Company,
    string Role,
    string? Location,
    ApplicationStatus Status,
    DateOnly? Deadline,
    string? NextAction,
    DateOnly? NextActionDate,
    bool RemindByEmail,
    DateTime StatusChangedAt,
    DateTime UpdatedAt)
{
    /// <summary>"Data analyst at Acme": how a card or a message names the application.</summary>
    public string Name => $"{Role} at {Company}";
}
