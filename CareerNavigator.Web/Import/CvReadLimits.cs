namespace CareerNavigator.Web.Import;

/// <summary>
/// Bounds for reading a CV file. PDF and DOCX are compressed, so a small upload can unpack into gigabytes; these
/// stop the reading as it goes, before the memory is taken. Each is many times what a real CV needs.
/// </summary>
internal static class CvReadLimits
{
    /// <summary>Raw text gathered from one file; a long CV has 30,000 characters and the CV field keeps 100,000.</summary>
    public const int MaxCharacters = 200_000;

    public const int MaxPdfPages = 50;

    /// <summary>A dense A4 page in 8-point type holds about 9,000 letters.</summary>
    public const int MaxPdfLettersOnPage = 25_000;

    /// <summary>What all of a PDF's streams (pages, fonts, object streams) may decode to, counted across the whole read.</summary>
    public const long MaxPdfDecodedBytes = 32 * UploadBuffer.Megabyte;

    /// <summary>
    /// What one page's content stream may decode to. A dense CV page takes 50 to 200 KB; PdfPig keeps an object of a
    /// few hundred bytes for every glyph a page draws, so this bound is what keeps one page's memory in the hundreds of MB.
    /// </summary>
    public const long MaxPdfContentStreamBytes = UploadBuffer.Megabyte;

    public static readonly TimeSpan MaxReadTime = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A DOCX holds 10 to 40 parts and unpacks to a few megabytes with its pictures. No compression-ratio rule:
    /// Word's XML compresses far beyond 100:1, and the absolute bounds already cap the work.
    /// </summary>
    public static readonly ZipLimits Docx = new()
    {
        MaxEntries = 1_000,
        MaxTotalBytes = 32 * UploadBuffer.Megabyte,
        MaxEntryBytes = 16 * UploadBuffer.Megabyte,
        MaxCompressionRatio = double.PositiveInfinity,
    };
}
