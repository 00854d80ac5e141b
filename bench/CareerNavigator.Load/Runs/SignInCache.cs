using System.Net;
using System.Text.Json;

namespace CareerNavigator.Load.Runs;

/// <summary>
/// The cookies each user got from the login form, kept in a file so one run can sign everyone in while the
/// server may use both cores, and the measured runs that follow reuse them (each user still only its own).
/// </summary>
public sealed class SignInCache(string? path)
{
    private readonly Dictionary<string, List<StoredCookie>> _cookies = Load(path);

    public bool TryRestore(VirtualUser user)
    {
        if (!_cookies.TryGetValue(user.Email, out var cookies) || cookies.Count == 0)
        {
            return false;
        }
        foreach (var cookie in cookies)
        {
            user.Http.Cookies.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }
        user.MarkSignedIn();
        return true;
    }

    public async Task SaveAsync(IEnumerable<VirtualUser> users)
    {
        if (path is null)
        {
            return;
        }
        foreach (var user in users.Where(u => u.SignedIn))
        {
            _cookies[user.Email] = [.. user.Http.Cookies.GetAllCookies().Select(c => new StoredCookie(c.Name, c.Value, c.Path, c.Domain))];
        }
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(_cookies));
    }

    private static Dictionary<string, List<StoredCookie>> Load(string? path) =>
        path is not null && File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, List<StoredCookie>>>(File.ReadAllText(path)) ?? []
            : [];

    private sealed record StoredCookie(string Name, string Value, string Path, string Domain);
}
