using System.Security.Cryptography;
using System.Text;

namespace CareerNavigator.Web.Api.Tokens;

/// <summary>
/// The token text and its stored hash. 32 random bytes are far beyond guessing, so a plain SHA-256 (no salt,
/// no slow hash) is enough and lets a request find its token by an indexed lookup.
/// </summary>
public static class AccessTokenSecret
{
    public const string Marker = "cnpat_";
    public const int PrefixLength = 12;

    public static string NewToken() => Marker + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Prefix(string token) => token[..PrefixLength];

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
