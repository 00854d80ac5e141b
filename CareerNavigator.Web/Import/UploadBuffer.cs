namespace CareerNavigator.Web.Import;

/// <summary>
/// Reads an upload into memory, asynchronously (Blazor's browser-file stream refuses synchronous reads) and
/// never more than the limit, whatever the stream claims its length is.
/// </summary>
internal static class UploadBuffer
{
    public const long Megabyte = 1024 * 1024;

    /// <returns>The bytes, or null when the content is longer than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static string TooLarge(long maxBytes, string alternative) =>
        $"The file is larger than {maxBytes / Megabyte} MB. {alternative}";
}
