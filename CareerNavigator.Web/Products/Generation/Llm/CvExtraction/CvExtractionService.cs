using CareerNavigator.Web.Accounts;

namespace CareerNavigator.Web.Products.Generation.Llm.CvExtraction;

/// <summary>
/// Reads the signed-in user's CV text with the AI model (<see cref="CvRecordExtractor"/>). Each reading that asks the
/// model takes a unit of the user's daily limit, like a generation, and gives it back when it fails or is cancelled.
/// </summary>
public sealed class CvExtractionService(CvRecordExtractor extractor, ICurrentUser currentUser, ModelUsageMeter usageMeter)
{
    public async Task<CvRecordProposals> ExtractAsync(string? cvText, CancellationToken cancellationToken)
    {
        if (!CvRecordExtractor.AsksTheModel(cvText))
        {
            // Nothing to read, or refused before any request: answered without the model, so nothing is counted.
            return await extractor.ExtractAsync(cvText, cancellationToken);
        }

        await using var usage = await usageMeter.TakeAsync(await currentUser.GetIdAsync(), cancellationToken);
        var proposals = await extractor.ExtractAsync(cvText, cancellationToken);
        usage.Keep();
        return proposals;
    }
}
