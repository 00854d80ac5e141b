using CareerNavigator.Web.Dashboard;

namespace CareerNavigator.Web.Dashboard;

/// <summary>Whether a profile holds enough for the generated documents to say much about the user.</summary>
public static class ProfileReadiness
{
    /// <summary>Fewer than four of the eleven profile sections: documents will be thin, and the pages say so.</summary>
    public const int NearlyEmptyBelowPercent = 35;

    public static bool IsNearlyEmpty(DashboardSummary summary) => summary.PercentComplete < NearlyEmptyBelowPercent;
}
