namespace CareerNavigator.Web.Import;

/// <summary>
/// Bounds for opening an uploaded ZIP. Checked against the sizes the archive declares and again against the
/// bytes actually unpacked, since a crafted archive can declare anything.
/// </summary>
internal sealed record ZipLimits
{
    public int MaxEntries { get; init; } = 2_000;
    public long MaxTotalBytes { get; init; } = 50 * UploadBuffer.Megabyte;
    public long MaxEntryBytes { get; init; } = 20 * UploadBuffer.Megabyte;
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Small files (a header-only CSV, a run of blank lines) can legitimately compress beyond 100:1.</summary>
    public long RatioCheckedFrom { get; init; } = UploadBuffer.Megabyte;

    public static ZipLimits LinkedInExport { get; } = new();

    public bool RatioTooHigh(long uncompressed, long compressed) =>
        uncompressed >= RatioCheckedFrom && uncompressed > MaxCompressionRatio * Math.Max(compressed, 1);
}
