using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace CareerNavigator.Web.Import;

internal static class PdfTextReader
{
    public static ImportResult<string> Read(byte[] bytes, ILogger logger, CancellationToken cancellationToken) =>
        Read(bytes, logger, cancellationToken, ReadText);

    internal static ImportResult<string> ReadText(PdfDocument document, PdfDecodeBudget budget, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = document.GetPage(number);
            if (IsOverLimits(page, budget, text.Length))
            {
                return ImportResult<string>.Failure(CvTextMessages.TooMuchText);
            }
            text.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");
            if (text.Length > CvReadLimits.MaxCharacters)
            {
                return ImportResult<string>.Failure(CvTextMessages.TooMuchText);
            }
        }
        var normalised = TextNormalizer.Document(text.ToString());
        return normalised.Any(char.IsLetterOrDigit)
            ? ImportResult<string>.Success(normalised)
            : ImportResult<string>.Failure(CvTextMessages.Scanned);
    }

    /// <summary>Ordering a page's letters takes more than linear time: a page with more than a CV's worth stops the read.</summary>
    public static bool IsOverLimits(Page page, PdfDecodeBudget budget, int charactersSoFar) =>
        budget.Exceeded || page.Letters.Count > CvReadLimits.MaxPdfLettersOnPage || charactersSoFar + page.Letters.Count > CvReadLimits.MaxCharacters;

    /// <summary>
    /// Opens the PDF within <see cref="CvReadLimits"/> and hands it to <paramref name="read"/>; damage, encryption and
    /// the limits become messages for the user.
    /// </summary>
    public static ImportResult<T> Read<T>(byte[] bytes, ILogger logger, CancellationToken cancellationToken,
        Func<PdfDocument, PdfDecodeBudget, CancellationToken, ImportResult<T>> read) where T : class
    {
        var budget = new PdfDecodeBudget(CvReadLimits.MaxPdfDecodedBytes, CvReadLimits.MaxPdfContentStreamBytes, cancellationToken);
        try
        {
            // Lenient parsing recovers the small defects real-world PDF writers leave; an empty password
            // opens the many CVs that are "protected" only against editing.
            using var document = PdfDocument.Open(bytes, new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                FilterProvider = budget.CreateFilters(),
            });
            if (document.NumberOfPages == 0)
            {
                return ImportResult<T>.Failure(CvTextMessages.DamagedPdf);
            }
            if (document.NumberOfPages > CvReadLimits.MaxPdfPages)
            {
                return ImportResult<T>.Failure(CvTextMessages.TooManyPages);
            }
            return read(document, budget, cancellationToken);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ImportResult<T>.Failure(CvTextMessages.EncryptedPdf);
        }
        catch (Exception) when (budget.Exceeded)
        {
            return ImportResult<T>.Failure(CvTextMessages.TooMuchText);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // PdfPig reports damage through many exception types; none of them is the user's to read.
            cancellationToken.ThrowIfCancellationRequested();
            logger.LogInformation(error, "An uploaded PDF could not be read.");
            return ImportResult<T>.Failure(CvTextMessages.DamagedPdf);
        }
    }
}
