using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Applications;

/// <summary>What the app says about each status: its name on the board, in the list and in mails, in board order.</summary>
public static class ApplicationStatuses
{
    /// <summary>The board's columns, left to right.</summary>
    public static IReadOnlyList<ApplicationStatus> InOrder { get; } = Enum.GetValues<ApplicationStatus>();

    public static string Title(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.Saved => "Saved",
        ApplicationStatus.Applied => "Applied",
        ApplicationStatus.Interview => "Interview",
        ApplicationStatus.Offer => "Offer",
        ApplicationStatus.Accepted => "Accepted",
        ApplicationStatus.Rejected => "Rejected",
        ApplicationStatus.Withdrawn => "Withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool IsDefined(ApplicationStatus status) => Enum.IsDefined(status);
}
