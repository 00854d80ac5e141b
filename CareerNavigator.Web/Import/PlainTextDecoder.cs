using System.Text;

namespace CareerNavigator.Web.Import;

/// <summary>Decodes text files: UTF-8 with or without BOM, UTF-16 with BOM; anything else is not text to us.</summary>
internal static class PlainTextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text, or null when the bytes are not text in an encoding we read.</returns>
    public static string? Decode(byte[] bytes)
    {
        string text;
        try
        {
            text = bytes switch
            {
                [0xEF, 0xBB, 0xBF, ..] => StrictUtf8.GetString(bytes, 3, bytes.Length - 3),
                [0xFF, 0xFE, ..] => new UnicodeEncoding(false, false, true).GetString(bytes, 2, bytes.Length - 2),
                [0xFE, 0xFF, ..] => new UnicodeEncoding(true, false, true).GetString(bytes, 2, bytes.Length - 2),
                _ => StrictUtf8.GetString(bytes),
            };
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        return LooksLikeText(text) ? text : null;
    }

    /// <summary>Binary files often decode as UTF-8 by accident; real text has no NUL and almost no control characters.</summary>
    private static bool LooksLikeText(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return false;
            }
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }
        return controls <= text.Length / 200;
    }
}
