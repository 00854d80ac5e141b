using System.Net;
using System.Text.RegularExpressions;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>Submits the app's static server-rendered forms (Identity pages) the way a browser would.</summary>
public static partial class FormPost
{
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var form = await WithTokenAsync(client, path, formName, fields);
        return await client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    /// <summary>
    /// Like <see cref="SubmitAsync"/>, but each value is sent as <see cref="BadInput.LooseUtf8"/> bytes, percent-encoded
    /// by hand: NUL and half surrogate pairs reach the server as a hostile client would send them.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitRawAsync(
        HttpClient client, string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var form = await WithTokenAsync(client, path, formName, fields);
        var body = string.Join("&", form.Select(f => Encode(f.Key) + "=" + Encode(f.Value)));
        return await client.PostAsync(path, new StringContent(body, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
    }

    /// <summary>The fields plus the handler name and the antiforgery token of the page's current form.</summary>
    private static async Task<Dictionary<string, string>> WithTokenAsync(
        HttpClient client, string path, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(path);
        return new Dictionary<string, string>(fields)
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = TokenIn(page) ?? throw new InvalidOperationException($"No antiforgery token on {path}."),
        };
    }

    /// <summary>The antiforgery token of the first form in <paramref name="html"/>, decoded; null when there is none.</summary>
    public static string? TokenIn(string html) =>
        AntiforgeryToken().Match(html) is { Success: true } token ? WebUtility.HtmlDecode(token.Groups[1].Value) : null;

    private static string Encode(string value) =>
        string.Concat(BadInput.LooseUtf8.GetBytes(value).Select(b => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' ? ((char)b).ToString() : $"%{b:X2}"));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
