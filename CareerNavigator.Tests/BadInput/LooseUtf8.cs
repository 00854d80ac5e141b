using System.Text;

namespace CareerNavigator.Tests.BadInput;

/// <summary>UTF-8 as a careless (or hostile) encoder writes it: a lone surrogate becomes its own three bytes, which is invalid UTF-8.</summary>
public static class LooseUtf8
{
    public static byte[] GetBytes(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogatePair(text, i))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i++, 2)));
            }
            else if (char.IsSurrogate(text[i]))
            {
                int c = text[i];
                bytes.AddRange([(byte)(0xE0 | c >> 12), (byte)(0x80 | (c >> 6 & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }
        return [.. bytes];
    }
}
