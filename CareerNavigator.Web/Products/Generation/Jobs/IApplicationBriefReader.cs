namespace CareerNavigator.Web.Products.Generation.Jobs;

/// <summary>
/// Reads the brief of one of the current user's applications, for a job that writes a document for it (a tailored CV,
/// a cover letter). The applications feature implements it; throws its not-found exception for another user's application.
/// </summary>
public interface IApplicationBriefReader
{
    Task<ApplicationBrief> ReadAsync(int applicationId, CancellationToken cancellationToken);
}
