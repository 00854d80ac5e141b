using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace CareerNavigator.Web.Import;

internal static class PdfTextReader
{
    public static ImportResult<string> Read(byte[] bytes, ILogger logger, CancellationToken cancellationToken)
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
                return ImportResult<string>.Failure(CvTextMessages.DamagedPdf);
            }
            if (document.NumberOfPages > CvReadLimits.MaxPdfPages)
            {
                return ImportResult<string>.Failure(CvTextMessages.TooManyPages);
            }
            var text = new StringBuilder();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(number);
                // Ordering a page's letters takes more than linear time: a page with more than a CV's worth stops here.
                if (budget.Exceeded || page.Letters.Count > CvReadLimits.MaxPdfLettersOnPage || text.Length + page.Letters.Count > CvReadLimits.MaxCharacters)
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
        catch (PdfDocumentEncryptedException)
        {
            return ImportResult<string>.Failure(CvTextMessages.EncryptedPdf);
        }
        catch (Exception) when (budget.Exceeded)
        {
            return ImportResult<string>.Failure(CvTextMessages.TooMuchText);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // PdfPig reports damage through many exception types; none of them is the user's to read.
            cancellationToken.ThrowIfCancellationRequested();
            logger.LogInformation(error, "An uploaded PDF could not be read.");
            return ImportResult<string>.Failure(CvTextMessages.DamagedPdf);
        }
    }
}
