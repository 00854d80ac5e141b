using System.IO.Compression;

namespace CareerNavigator.Web.Import;

/// <summary>Reads chosen files out of an uploaded ZIP without letting a ZIP bomb exhaust memory.</summary>
internal static class BoundedZipReader
{
    /// <summary>A file read from the archive: its path inside the ZIP and its bytes.</summary>
    public sealed record Entry(string Path, byte[] Bytes);

    public sealed record Contents(IReadOnlyDictionary<string, Entry> Files, IReadOnlyList<string> Warnings);

    /// <param name="wantedNames">File names to read from whichever folder they sit in, matched case-insensitively.</param>
    /// <returns>The files found, keyed by their name as spelt in <paramref name="wantedNames"/>.</returns>
    public static ImportResult<Contents> Read(byte[] zip, IReadOnlyList<string> wantedNames, ZipLimits limits)
    {
        if (FileSignature.Detect(zip) != FileKind.Zip)
        {
            return ImportResult<Contents>.Failure(LinkedInMessages.NotZip);
        }
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
            if (archive.Entries.Count > limits.MaxEntries)
            {
                return ImportResult<Contents>.Failure(LinkedInMessages.TooManyEntries);
            }
            if (CheckDeclaredSizes(archive.Entries, limits) is { } refusal)
            {
                return ImportResult<Contents>.Failure(refusal);
            }

            var files = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
            var warnings = new List<string>();
            long totalRead = 0;
            foreach (var name in wantedNames)
            {
                var matches = archive.Entries
                    .Where(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) && !e.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
                    .OrderBy(e => e.FullName.Count(c => c is '/' or '\\')).ThenBy(e => e.FullName, StringComparer.Ordinal)
                    .ToList();
                if (matches.Count == 0)
                {
                    continue;
                }
                if (matches.Count > 1)
                {
                    warnings.Add($"The ZIP holds {matches.Count} files named {name}; we read {matches[0].FullName} and ignored the others.");
                }
                var bytes = ReadEntry(matches[0], limits, limits.MaxTotalBytes - totalRead);
                if (!bytes.Succeeded)
                {
                    return ImportResult<Contents>.Failure(bytes.Error);
                }
                totalRead += bytes.Value.Length;
                files[name] = new Entry(matches[0].FullName, bytes.Value);
            }
            return ImportResult<Contents>.Success(new Contents(files, warnings));
        }
        catch (Exception error) when (error is InvalidDataException or NotSupportedException or IOException)
        {
            return ImportResult<Contents>.Failure(LinkedInMessages.Damaged);
        }
    }

    private static string? CheckDeclaredSizes(IEnumerable<ZipArchiveEntry> entries, ZipLimits limits)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (entry.Length > limits.MaxEntryBytes || total > limits.MaxTotalBytes)
            {
                return LinkedInMessages.TooMuchData;
            }
            if (limits.RatioTooHigh(entry.Length, entry.CompressedLength))
            {
                return LinkedInMessages.Suspicious;
            }
        }
        return null;
    }

    /// <summary>Counts what actually comes out: more than declared means the headers lie, and we stop.</summary>
    private static ImportResult<byte[]> ReadEntry(ZipArchiveEntry entry, ZipLimits limits, long totalLeft)
    {
        using var input = entry.Open();
        using var output = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk)) > 0)
        {
            output.Write(chunk, 0, read);
            if (output.Length > entry.Length)
            {
                return ImportResult<byte[]>.Failure(LinkedInMessages.Suspicious);
            }
            if (output.Length > limits.MaxEntryBytes || output.Length > totalLeft)
            {
                return ImportResult<byte[]>.Failure(LinkedInMessages.TooMuchData);
            }
            if (limits.RatioTooHigh(output.Length, entry.CompressedLength))
            {
                return ImportResult<byte[]>.Failure(LinkedInMessages.Suspicious);
            }
        }
        return ImportResult<byte[]>.Success(output.ToArray());
    }
}
