using System.Net;
using System.Text.RegularExpressions;

namespace CareerNavigator.Load.Circuits;

/// <summary>One virtual user's browser without the browser: its own cookie jar and connection pool.</summary>
public sealed partial class VirtualUserHttp : IDisposable
{
    public VirtualUserHttp(Uri baseAddress)
    {
        BaseAddress = baseAddress;
        Handler = new SocketsHttpHandler
        {
            CookieContainer = Cookies,
            AllowAutoRedirect = false,
            // Thousands of users: an idle tab's HTTP connection is closed as a browser would after a while.
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5),
        };
        Client = new HttpClient(Handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public Uri BaseAddress { get; }
    public CookieContainer Cookies { get; } = new();
    public SocketsHttpHandler Handler { get; }
    public HttpClient Client { get; }

    /// <summary>
    /// Signs in through the login form: GET it, copy every hidden input (antiforgery token, handler name), POST with
    /// the antiforgery cookie. Success is the redirect with the auth cookie; anything else throws with the reason.
    /// </summary>
    public async Task SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var form = await Client.GetStringAsync("Account/Login", cancellationToken);
        var fields = HiddenInputs().Matches(form)
            .Select(m => KeyValuePair.Create(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .ToList();
        if (!fields.Any(f => f.Key == "__RequestVerificationToken"))
        {
            throw new SignInFailedException("the login page has no antiforgery token");
        }
        fields.Add(KeyValuePair.Create("Input.Email", email));
        fields.Add(KeyValuePair.Create("Input.Password", password));

        using var response = await Client.PostAsync("Account/Login", new FormUrlEncodedContent(fields), cancellationToken);
        var signedIn = Cookies.GetAllCookies().Any(c => c.Name.StartsWith(".AspNetCore.Identity.Application", StringComparison.Ordinal));
        if ((int)response.StatusCode is < 300 or >= 400 || !signedIn)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var message = ErrorMessage().Match(body);
            throw new SignInFailedException($"{email}: HTTP {(int)response.StatusCode}" +
                (message.Success ? $", \"{WebUtility.HtmlDecode(message.Groups[1].Value).Trim()}\"" : ""));
        }
    }

    public Task<string> GetPageAsync(string path, CancellationToken cancellationToken) => Client.GetStringAsync(path, cancellationToken);

    /// <summary>Ends the circuit at once, as the browser does when the tab closes, instead of leaving it for the server to time out.</summary>
    public async Task DisconnectAsync(string circuitId, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent([KeyValuePair.Create("circuitId", circuitId)]);
        using var response = await Client.PostAsync("_blazor/disconnect", content, cancellationToken);
    }

    public void Dispose()
    {
        Client.Dispose();
        Handler.Dispose();
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInputs();

    [GeneratedRegex("class=\"[^\"]*(?:mud-alert-message|validation-message)[^\"]*\"[^>]*>\\s*([^<]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorMessage();
}

public sealed class SignInFailedException(string message) : Exception($"Sign-in failed: {message}");
