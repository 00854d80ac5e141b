using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace CareerNavigator.Web.Import;

internal static class PdfTextReader
{
    public static ImportResult<string> Read(byte[] bytes, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            // Lenient parsing recovers the small defects real-world PDF writers leave; an empty password
            // opens the many CVs that are "protected" only against editing.
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages == 0)
            {
                return ImportResult<string>.Failure(CvTextMessages.DamagedPdf);
            }
            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                text.Append(ContentOrderTextExtractor.GetText(page)).Append("\n\n");
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
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // PdfPig reports damage through many exception types; none of them is the user's to read.
            logger.LogInformation(error, "An uploaded PDF could not be read.");
            return ImportResult<string>.Failure(CvTextMessages.DamagedPdf);
        }
    }
}
