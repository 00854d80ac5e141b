using CareerNavigator.Web.Import;

namespace CareerNavigator.Web.Applications;

/// <summary>
/// Reads a job advert saved as PDF, DOCX or text into plain text with the CV import's reader: the same size, page, time
/// and unpacking limits, and the file's content (not its name) decides how it is read. Its messages name the advert.
/// </summary>
public sealed class AdvertFileReader(CvTextExtractor extractor)
{
    public const long MaxBytes = CvTextExtractor.MaxBytes;

    public async Task<ImportResult<string>> ReadAsync(Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        var result = await extractor.ExtractAsync(content, fileName, cancellationToken);
        if (result.Succeeded && result.Value!.Length > Data.Entities.JobApplication.MaxAdvertLength)
        {
            return ImportResult<string>.Failure("This file holds more than 100,000 characters of text, far more than a job advert. Paste the advert's text instead.");
        }
        return result.Succeeded ? result : ImportResult<string>.Failure(AboutTheAdvert(result.Error!));
    }

    /// <summary>The CV reader's message, said of an advert.</summary>
    internal static string AboutTheAdvert(string message) => message
        .Replace("your CV", "the advert", StringComparison.Ordinal)
        .Replace("a CV", "an advert", StringComparison.Ordinal)
        .Replace("CV", "advert", StringComparison.Ordinal);
}
