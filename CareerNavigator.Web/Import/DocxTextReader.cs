using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerNavigator.Web.Import;

internal static class DocxTextReader
{
    public static bool IsDocx(ZipArchive archive) =>
        archive.Entries.Any(e => string.Equals(e.FullName, "word/document.xml", StringComparison.OrdinalIgnoreCase));

    public static bool IsOpenDocument(ZipArchive archive) =>
        archive.Entries.Any(e => e.FullName == "mimetype") && archive.Entries.Any(e => e.FullName == "content.xml");

    /// <param name="archive">The same bytes opened as a ZIP, to check what it unpacks to before Open XML unpacks it.</param>
    public static ImportResult<string> Read(byte[] bytes, ZipArchive archive, ILogger logger, CancellationToken cancellationToken) =>
        Read(bytes, archive, logger, cancellationToken, ReadText);

    internal static ImportResult<string> ReadText(WordprocessingDocument document, Body body, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        // CVs often keep the name and contact details in the page header.
        foreach (var header in document.MainDocumentPart!.HeaderParts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (header.Header is { } content)
            {
                AppendText(content, text);
            }
        }
        text.Append("\n\n");
        AppendText(body, text);
        if (text.Length > CvReadLimits.MaxCharacters)
        {
            return ImportResult<string>.Failure(CvTextMessages.TooMuchText);
        }

        var normalised = TextNormalizer.Document(text.ToString());
        return normalised.Length > 0
            ? ImportResult<string>.Success(normalised)
            : ImportResult<string>.Failure(CvTextMessages.EmptyDocx);
    }

    /// <summary>
    /// Opens the document within <see cref="CvReadLimits.Docx"/> and hands its body to <paramref name="read"/>; damage and
    /// the limits become messages for the user.
    /// </summary>
    public static ImportResult<T> Read<T>(byte[] bytes, ZipArchive archive, ILogger logger, CancellationToken cancellationToken,
        Func<WordprocessingDocument, Body, CancellationToken, ImportResult<T>> read) where T : class
    {
        try
        {
            switch (ZipUnpackCheck.Check(archive, CvReadLimits.Docx, cancellationToken))
            {
                case ZipRefusal.TooManyEntries or ZipRefusal.TooMuchData:
                    return ImportResult<T>.Failure(CvTextMessages.TooMuchText);
                case ZipRefusal.SizesLie:
                    return ImportResult<T>.Failure(CvTextMessages.DamagedDocx);
            }
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = CvReadLimits.Docx.MaxEntryBytes });
            var body = document.MainDocumentPart?.Document?.Body;
            return body is null ? ImportResult<T>.Failure(CvTextMessages.DamagedDocx) : read(document, body, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogInformation(error, "An uploaded DOCX could not be read.");
            return ImportResult<T>.Failure(CvTextMessages.DamagedDocx);
        }
    }

    /// <summary>Stops once the text is past <see cref="CvReadLimits.MaxCharacters"/>; the caller refuses it then.</summary>
    private static void AppendText(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            if (text.Length > CvReadLimits.MaxCharacters)
            {
                return;
            }
            switch (child)
            {
                // Text boxes come twice, as DrawingML and as a VML fallback: read the first only.
                case AlternateContentFallback:
                    break;
                case Text run:
                    text.Append(run.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case Paragraph or TableRow:
                    AppendText(child, text);
                    text.Append('\n');
                    break;
                case TableCell:
                    AppendText(child, text);
                    text.Append('\t');
                    break;
                default:
                    AppendText(child, text);
                    break;
            }
        }
    }
}
