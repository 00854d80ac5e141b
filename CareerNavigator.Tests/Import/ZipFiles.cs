using System.IO.Compression;
using System.Text;

namespace CareerNavigator.Tests.Import;

/// <summary>ZIP archives made on the spot: LinkedIn exports, broken ones and hostile ones.</summary>
internal static class ZipFiles
{
    public static byte[] Create(params (string Path, string Content)[] files) =>
        Create(files.Select(f => (f.Path, Encoding.UTF8.GetBytes(f.Content))).ToArray());

    public static byte[] Create(params (string Path, byte[] Content)[] files)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in files)
            {
                using var entry = archive.CreateEntry(path, CompressionLevel.Optimal).Open();
                entry.Write(content);
            }
        }
        return stream.ToArray();
    }

    public static byte[] WithBom(string content) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(content)];

    /// <summary>Rewrites the uncompressed size every header of a single-entry archive declares.</summary>
    public static byte[] DeclaringUncompressedSize(byte[] zip, uint size)
    {
        var patched = zip.ToArray();
        var local = IndexOf(patched, [0x50, 0x4B, 0x03, 0x04]);
        var central = IndexOf(patched, [0x50, 0x4B, 0x01, 0x02]);
        BitConverter.TryWriteBytes(patched.AsSpan(local + 22, 4), size);
        BitConverter.TryWriteBytes(patched.AsSpan(central + 24, 4), size);
        return patched;
    }

    /// <summary>Rewrites the uncompressed size that the local and central headers of the entry at <paramref name="path"/> declare.</summary>
    public static byte[] DeclaringUncompressedSize(byte[] zip, string path, uint size)
    {
        var patched = zip.ToArray();
        var name = Encoding.UTF8.GetBytes(path);
        for (var central = IndexOf(patched, [0x50, 0x4B, 0x01, 0x02]); central >= 0; central = NextIndexOf(patched, [0x50, 0x4B, 0x01, 0x02], central + 4))
        {
            var nameLength = BitConverter.ToUInt16(patched, central + 28);
            if (patched.AsSpan(central + 46, nameLength).SequenceEqual(name))
            {
                var local = (int)BitConverter.ToUInt32(patched, central + 42);
                BitConverter.TryWriteBytes(patched.AsSpan(local + 22, 4), size);
                BitConverter.TryWriteBytes(patched.AsSpan(central + 24, 4), size);
            }
        }
        return patched;
    }

    private static int NextIndexOf(byte[] bytes, byte[] signature, int from) =>
        bytes.AsSpan(from).IndexOf(signature) is var found and >= 0 ? from + found : -1;

    private static int IndexOf(byte[] bytes, byte[] signature) => bytes.AsSpan().IndexOf(signature);
}
