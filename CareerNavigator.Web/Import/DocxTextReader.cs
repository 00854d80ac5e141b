using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CareerNavigator.Web.Import;

internal static class DocxTextReader
{
    /// <summary>Caps the characters read from any one part, so a small compressed file cannot unpack into gigabytes.</summary>
    private const long MaxCharactersInPart = 10_000_000;

    public static bool IsDocx(ZipArchive archive) =>
        archive.Entries.Any(e => string.Equals(e.FullName, "word/document.xml", StringComparison.OrdinalIgnoreCase));

    public static bool IsOpenDocument(ZipArchive archive) =>
        archive.Entries.Any(e => e.FullName == "mimetype") && archive.Entries.Any(e => e.FullName == "content.xml");

    public static ImportResult<string> Read(byte[] bytes, ILogger logger)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                return ImportResult<string>.Failure(CvTextMessages.DamagedDocx);
            }

            var text = new StringBuilder();
            // CVs often keep the name and contact details in the page header.
            foreach (var header in document.MainDocumentPart!.HeaderParts)
            {
                if (header.Header is { } content)
                {
                    AppendText(content, text);
                }
            }
            text.Append("\n\n");
            AppendText(body, text);

            var normalised = TextNormalizer.Document(text.ToString());
            return normalised.Length > 0
                ? ImportResult<string>.Success(normalised)
                : ImportResult<string>.Failure(CvTextMessages.EmptyDocx);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogInformation(error, "An uploaded DOCX could not be read.");
            return ImportResult<string>.Failure(CvTextMessages.DamagedDocx);
        }
    }

    private static void AppendText(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
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
