using System.IO.Compression;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Turns an uploaded CV (PDF, DOCX or UTF-8 text, at most 10 MB) into plain text with paragraph breaks kept.
/// The file's content decides how it is read, not its name. Bad files give a message, never an exception.
/// </summary>
public sealed class CvTextExtractor(ILogger<CvTextExtractor> logger, TimeProvider? timeProvider = null)
{
    public const long MaxBytes = 10 * UploadBuffer.Megabyte;

    /// <param name="content">The upload; read asynchronously and never beyond <see cref="MaxBytes"/> + 1 bytes.</param>
    /// <param name="fileName">The name the user's file had, used only to word messages; may be null.</param>
    public async Task<ImportResult<string>> ExtractAsync(Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        var bytes = await UploadBuffer.ReadAsync(content, MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return ImportResult<string>.Failure(UploadBuffer.TooLarge(MaxBytes, CvTextMessages.PasteInstead));
        }
        if (bytes.Length == 0)
        {
            return ImportResult<string>.Failure(CvTextMessages.Empty);
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        // Parsing a large PDF takes CPU time: off the circuit's thread, so the page stays responsive.
        return await Task.Run(() => Extract(bytes, extension, cancellationToken), cancellationToken);
    }

    private ImportResult<string> Extract(byte[] bytes, string extension, CancellationToken cancellationToken)
    {
        using var timeLimit = new CancellationTokenSource(CvReadLimits.MaxReadTime, timeProvider ?? TimeProvider.System);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeLimit.Token);
        try
        {
            return Read(bytes, extension, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ImportResult<string>.Failure(CvTextMessages.TooSlow);
        }
    }

    private ImportResult<string> Read(byte[] bytes, string extension, CancellationToken cancellationToken) =>
        FileSignature.Detect(bytes) switch
        {
            FileKind.Pdf => PdfTextReader.Read(bytes, logger, cancellationToken),
            FileKind.Zip => ReadZip(bytes, extension, cancellationToken),
            FileKind.LegacyOffice => ImportResult<string>.Failure(CvTextMessages.LegacyOffice),
            FileKind.Image => ImportResult<string>.Failure(CvTextMessages.Image),
            FileKind.Rtf or FileKind.Html => ImportResult<string>.Failure(CvTextMessages.Unsupported),
            _ => ReadText(bytes, extension),
        };

    private ImportResult<string> ReadZip(byte[] bytes, string extension, CancellationToken cancellationToken)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (DocxTextReader.IsDocx(archive))
            {
                return DocxTextReader.Read(bytes, archive, logger, cancellationToken);
            }
            return ImportResult<string>.Failure(DocxTextReader.IsOpenDocument(archive) ? CvTextMessages.OpenDocument : CvTextMessages.Unsupported);
        }
        catch (InvalidDataException)
        {
            return ImportResult<string>.Failure(extension == ".docx" ? CvTextMessages.DamagedDocx : CvTextMessages.Unsupported);
        }
    }

    private static ImportResult<string> ReadText(byte[] bytes, string extension)
    {
        if (PlainTextDecoder.Decode(bytes) is not { } text)
        {
            return ImportResult<string>.Failure(extension switch
            {
                ".pdf" => CvTextMessages.DamagedPdf,
                ".docx" => CvTextMessages.DamagedDocx,
                ".txt" or ".text" => CvTextMessages.NotUtf8,
                _ => CvTextMessages.Unsupported,
            });
        }
        var normalised = TextNormalizer.Document(text);
        return normalised.Length > 0
            ? ImportResult<string>.Success(normalised)
            : ImportResult<string>.Failure(CvTextMessages.EmptyText);
    }
}
