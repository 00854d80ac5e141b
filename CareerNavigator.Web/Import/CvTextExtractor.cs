using System.IO.Compression;
using CareerNavigator.Web.Import.CvReading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace CareerNavigator.Web.Import;

/// <summary>
/// Turns an uploaded CV (PDF, DOCX or UTF-8 text, at most 10 MB) into plain text with paragraph breaks kept, or into
/// its lines with their layout for the built-in CV reader. The file's content decides how it is read, not its name.
/// Bad files give a message, never an exception; every read keeps to <see cref="CvReadLimits"/>.
/// </summary>
public sealed class CvTextExtractor(ILogger<CvTextExtractor> logger, TimeProvider? timeProvider = null)
{
    public const long MaxBytes = 10 * UploadBuffer.Megabyte;

    /// <summary>How one kind of output is read from each format the extractor accepts.</summary>
    private sealed record Readers<T>(
        Func<PdfDocument, PdfDecodeBudget, CancellationToken, ImportResult<T>> Pdf,
        Func<WordprocessingDocument, Body, CancellationToken, ImportResult<T>> Docx,
        Func<string, ImportResult<T>> Text) where T : class;

    private static readonly Readers<CvLayout> LayoutReaders = new(PdfLayoutReader.Read, DocxLayoutReader.Read, TextLayoutReader.Read);

    /// <param name="content">The upload; read asynchronously and never beyond <see cref="MaxBytes"/> + 1 bytes.</param>
    /// <param name="fileName">The name the user's file had, used only to word messages; may be null.</param>
    public Task<ImportResult<string>> ExtractAsync(Stream content, string? fileName, CancellationToken cancellationToken = default) =>
        ReadAsync(content, fileName, bytes => Extract(bytes, fileName, TextReaders, cancellationToken), cancellationToken);

    /// <summary>The file's lines with their layout (columns, table cells, type size), for <see cref="BuiltInCvReader"/>.</summary>
    internal Task<ImportResult<CvLayout>> ExtractLayoutAsync(Stream content, string? fileName, CancellationToken cancellationToken = default) =>
        ReadAsync(content, fileName, bytes => Extract(bytes, fileName, LayoutReaders, cancellationToken), cancellationToken);

    /// <summary>The same as <see cref="ExtractLayoutAsync"/> for a file already in memory (within <see cref="MaxBytes"/>).</summary>
    internal ImportResult<CvLayout> ExtractLayout(byte[] bytes, string? fileName, CancellationToken cancellationToken = default) =>
        bytes.Length == 0 ? ImportResult<CvLayout>.Failure(CvTextMessages.Empty) : Extract(bytes, fileName, LayoutReaders, cancellationToken);

    private static readonly Readers<string> TextReaders = new(PdfTextReader.ReadText, DocxTextReader.ReadText, text =>
    {
        var normalised = TextNormalizer.Document(text);
        return normalised.Length > 0 ? ImportResult<string>.Success(normalised) : ImportResult<string>.Failure(CvTextMessages.EmptyText);
    });

    private static async Task<ImportResult<T>> ReadAsync<T>(Stream content, string? fileName, Func<byte[], ImportResult<T>> extract, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await UploadBuffer.ReadAsync(content, MaxBytes, cancellationToken);
        if (bytes is null)
        {
            return ImportResult<T>.Failure(UploadBuffer.TooLarge(MaxBytes, CvTextMessages.PasteInstead));
        }
        if (bytes.Length == 0)
        {
            return ImportResult<T>.Failure(CvTextMessages.Empty);
        }
        // Parsing a large PDF takes CPU time: off the circuit's thread, so the page stays responsive.
        return await Task.Run(() => extract(bytes), cancellationToken);
    }

    private ImportResult<T> Extract<T>(byte[] bytes, string? fileName, Readers<T> readers, CancellationToken cancellationToken) where T : class
    {
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        using var timeLimit = new CancellationTokenSource(CvReadLimits.MaxReadTime, timeProvider ?? TimeProvider.System);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeLimit.Token);
        try
        {
            return Read(bytes, extension, readers, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ImportResult<T>.Failure(CvTextMessages.TooSlow);
        }
    }

    private ImportResult<T> Read<T>(byte[] bytes, string extension, Readers<T> readers, CancellationToken cancellationToken) where T : class =>
        FileSignature.Detect(bytes) switch
        {
            FileKind.Pdf => PdfTextReader.Read(bytes, logger, cancellationToken, readers.Pdf),
            FileKind.Zip => ReadZip(bytes, extension, readers, cancellationToken),
            FileKind.LegacyOffice => ImportResult<T>.Failure(CvTextMessages.LegacyOffice),
            FileKind.Image => ImportResult<T>.Failure(CvTextMessages.Image),
            FileKind.Rtf or FileKind.Html => ImportResult<T>.Failure(CvTextMessages.Unsupported),
            _ => ReadText(bytes, extension, readers),
        };

    private ImportResult<T> ReadZip<T>(byte[] bytes, string extension, Readers<T> readers, CancellationToken cancellationToken) where T : class
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (DocxTextReader.IsDocx(archive))
            {
                return DocxTextReader.Read(bytes, archive, logger, cancellationToken, readers.Docx);
            }
            return ImportResult<T>.Failure(DocxTextReader.IsOpenDocument(archive) ? CvTextMessages.OpenDocument : CvTextMessages.Unsupported);
        }
        catch (InvalidDataException)
        {
            return ImportResult<T>.Failure(extension == ".docx" ? CvTextMessages.DamagedDocx : CvTextMessages.Unsupported);
        }
    }

    private static ImportResult<T> ReadText<T>(byte[] bytes, string extension, Readers<T> readers) where T : class
    {
        if (PlainTextDecoder.Decode(bytes) is not { } text)
        {
            return ImportResult<T>.Failure(extension switch
            {
                ".pdf" => CvTextMessages.DamagedPdf,
                ".docx" => CvTextMessages.DamagedDocx,
                ".txt" or ".text" => CvTextMessages.NotUtf8,
                _ => CvTextMessages.Unsupported,
            });
        }
        return readers.Text(text);
    }
}
