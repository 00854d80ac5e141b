using System.IO.Compression;

namespace CareerNavigator.Web.Import;

internal enum ZipRefusal { TooManyEntries, TooMuchData, SizesLie }

/// <summary>
/// Whether an archive stays within <see cref="ZipLimits"/> when unpacked, judged before a library unpacks it for
/// real: first by the sizes it declares, then by inflating every entry into a small reused buffer and counting.
/// </summary>
internal static class ZipUnpackCheck
{
    public static ZipRefusal? Check(ZipArchive archive, ZipLimits limits, CancellationToken cancellationToken)
    {
        if (archive.Entries.Count > limits.MaxEntries)
        {
            return ZipRefusal.TooManyEntries;
        }
        long declared = 0;
        foreach (var entry in archive.Entries)
        {
            declared += entry.Length;
            if (entry.Length > limits.MaxEntryBytes || declared > limits.MaxTotalBytes)
            {
                return ZipRefusal.TooMuchData;
            }
        }
        var chunk = new byte[81920];
        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!UnpacksWithinDeclaredSize(entry, chunk))
            {
                return ZipRefusal.SizesLie;
            }
        }
        return null;
    }

    /// <summary>Declared sizes are only numbers in the file; this counts what actually comes out, and stops just past the size declared.</summary>
    private static bool UnpacksWithinDeclaredSize(ZipArchiveEntry entry, byte[] chunk)
    {
        using var input = entry.Open();
        long unpacked = 0;
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            unpacked += read;
            if (unpacked > entry.Length)
            {
                return false;
            }
        }
        return true;
    }
}
