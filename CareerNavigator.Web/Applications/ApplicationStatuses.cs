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

    /// <summary>
    /// The statuses that mean the application went out: applied and everything an employer's answer leads to. The first
    /// move into one of them freezes the versions sent (<see cref="Sending.VersionFreezing"/>); saved and withdrawn do not.
    /// </summary>
    public static IReadOnlyList<ApplicationStatus> Sent { get; } =
        [ApplicationStatus.Applied, ApplicationStatus.Interview, ApplicationStatus.Offer, ApplicationStatus.Accepted, ApplicationStatus.Rejected];

    public static bool MeansSent(this ApplicationStatus status) => Sent.Contains(status);

    /// <summary>True once the application has been in a sent status, whatever it is now (its history says).</summary>
    public static bool WasEverSent(this JobApplication application) => application.StatusChanges.Any(c => c.ToStatus.MeansSent());
}
