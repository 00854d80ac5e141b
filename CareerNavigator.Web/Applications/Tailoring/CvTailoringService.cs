using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Applications.Tailoring;

/// <summary>
/// "Tailor my CV to this advert": a new version of the signed-in user's CV written for one of their applications
/// (built-in: the records the advert asks for first, the rest shortened; with a model: reworded too), stored among their
/// CV versions like any other, named after the application and waiting to be activated unless it is their first CV.
/// </summary>
public sealed class CvTailoringService(ApplicationBriefs briefs, ProductGenerationService generation)
{
    /// <summary>
    /// Throws <see cref="RecordNotFoundException"/> for an application that is not the user's,
    /// <see cref="GenerationFailedException"/> with a message for the user when no CV can be written, and
    /// <see cref="OperationCanceledException"/> when cancelled; nothing is stored then.
    /// </summary>
    public async Task<GeneratedProduct> TailorAsync(int applicationId, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new GenerationProgress("Reading the advert"));
        var brief = await briefs.ReadAsync(applicationId, cancellationToken);
        return await generation.GenerateForApplicationAsync(CvDescriptor.Kind, brief, progress, cancellationToken);
    }
}
