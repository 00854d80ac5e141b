namespace CareerNavigator.Web.Import.CvReading;

/// <summary>
/// Reads a CV into records without an AI model: the file's layout (<see cref="CvTextExtractor"/>, within
/// <see cref="CvReadLimits"/>), then its sections and entries (<see cref="CvRecordReader"/>). What it proposes goes
/// through the same preview and confirmation as every import; nothing is stored here.
/// </summary>
public sealed class BuiltInCvReader(CvTextExtractor extractor)
{
    /// <param name="content">The upload; read asynchronously and never beyond <see cref="CvTextExtractor.MaxBytes"/> + 1 bytes.</param>
    public async Task<ImportResult<ImportedProfile>> ReadFileAsync(Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        var layout = await extractor.ExtractLayoutAsync(content, fileName, cancellationToken);
        return layout.Succeeded
            ? ImportResult<ImportedProfile>.Success(await Task.Run(() => CvRecordReader.Read(layout.Value), cancellationToken))
            : ImportResult<ImportedProfile>.Failure(layout.Error);
    }

    /// <summary>A file already in memory, read on the calling thread (the benchmark and the tests).</summary>
    public ImportResult<ImportedProfile> ReadFile(byte[] content, string? fileName)
    {
        if (content.Length > CvTextExtractor.MaxBytes)
        {
            return ImportResult<ImportedProfile>.Failure(UploadBuffer.TooLarge(CvTextExtractor.MaxBytes, CvTextMessages.PasteInstead));
        }
        var layout = extractor.ExtractLayout(content, fileName);
        return layout.Succeeded ? ImportResult<ImportedProfile>.Success(CvRecordReader.Read(layout.Value)) : ImportResult<ImportedProfile>.Failure(layout.Error);
    }

    /// <summary>CV text the user pasted or typed: no layout beyond its lines.</summary>
    public ImportResult<ImportedProfile> ReadText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImportResult<ImportedProfile>.Failure("Paste or import your CV above first.");
        }
        var layout = TextLayoutReader.Read(text);
        return layout.Succeeded ? ImportResult<ImportedProfile>.Success(CvRecordReader.Read(layout.Value)) : ImportResult<ImportedProfile>.Failure(layout.Error);
    }
}
