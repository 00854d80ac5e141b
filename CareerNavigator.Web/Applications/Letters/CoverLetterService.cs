using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types.CoverLetter;
using CareerNavigator.Web.Products.Versions;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Applications.Letters;

/// <summary>An application's cover letters as its page shows them: every version, newest first, and the one shown.</summary>
public sealed record ApplicationLetters(IReadOnlyList<VersionListItem> Versions, GeneratedProduct? Shown)
{
    public VersionListItem? Active => Versions.FirstOrDefault(v => v.IsActive);
}

/// <summary>
/// The cover letters of the signed-in user's applications. Every method first reads the application through
/// <see cref="ApplicationService"/>, so another user's application (or a missing one) answers as missing:
/// <see cref="RecordNotFoundException"/>, or null for a read. A letter is written from the profile and from the advert's
/// requirements as the built-in match reads them against the profile now (<see cref="ApplicationBriefs"/>).
/// </summary>
public sealed class CoverLetterService(
    ApplicationService applications, ApplicationBriefs briefs, ProductGenerationService generation, ProductVersionService versions)
{
    /// <summary>
    /// The application's letters, showing <paramref name="shownId"/> when it is one of them, else the active one (the newest
    /// when none is: a letter with facts to check waits inactive); null when the application is not the user's.
    /// </summary>
    public async Task<ApplicationLetters?> GetAsync(int applicationId, int? shownId = null, CancellationToken cancellationToken = default)
    {
        if (await applications.FindAsync(applicationId, cancellationToken) is null)
        {
            return null;
        }
        var list = await versions.ListForApplicationAsync(CoverLetterDescriptor.Kind, applicationId, cancellationToken);
        var showId = shownId is { } id && list.Any(v => v.Id == id) ? id : (list.FirstOrDefault(v => v.IsActive) ?? list.FirstOrDefault())?.Id;
        var shown = showId is { } chosen ? await versions.GetAsync(chosen, cancellationToken) : null;
        return new ApplicationLetters(list, shown);
    }

    /// <summary>
    /// Writes a new version of the application's letter (the first becomes active). Throws <see cref="RecordNotFoundException"/>
    /// for an application that is not the user's, <see cref="GenerationFailedException"/> with a message for the user when
    /// no letter can be written, and <see cref="OperationCanceledException"/> when cancelled; nothing is stored then.
    /// </summary>
    public async Task<GeneratedProduct> WriteAsync(int applicationId, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new GenerationProgress("Reading the advert"));
        var brief = await briefs.ReadAsync(applicationId, cancellationToken);
        return await generation.GenerateForApplicationAsync(CoverLetterDescriptor.Kind, brief, progress, cancellationToken);
    }
}
