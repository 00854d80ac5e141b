namespace CareerNavigator.Web.Import;

internal enum FileKind { Unknown, Pdf, Zip, LegacyOffice, Rtf, Image, Html }

/// <summary>What a file is, judged by its first bytes rather than by its name.</summary>
internal static class FileSignature
{
    public static FileKind Detect(ReadOnlySpan<byte> bytes)
    {
        // The PDF specification lets readers accept the header anywhere in the first 1024 bytes.
        if (bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0)
        {
            return FileKind.Pdf;
        }
        if (bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith("PK\x05\x06"u8))
        {
            return FileKind.Zip;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return FileKind.LegacyOffice;
        }
        if (bytes.StartsWith(@"{\rtf"u8))
        {
            return FileKind.Rtf;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || bytes.StartsWith("GIF8"u8) || bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8)
            || (bytes.StartsWith("RIFF"u8) && bytes.Length > 12 && bytes[8..12].SequenceEqual("WEBP"u8)))
        {
            return FileKind.Image;
        }
        var start = bytes[..Math.Min(bytes.Length, 256)];
        return start.IndexOf("<!DOCTYPE html"u8) >= 0 || start.IndexOf("<!doctype html"u8) >= 0 || start.IndexOf("<html"u8) >= 0
            ? FileKind.Html
            : FileKind.Unknown;
    }
}
