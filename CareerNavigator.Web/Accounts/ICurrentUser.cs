using System.Security.Claims;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// Who the work at hand is for: the signed-in user of an HTTP request (API call, static page, download) or of an
/// interactive circuit. Services take this, never the HttpContext or the AuthenticationStateProvider.
/// </summary>
public interface ICurrentUser
{
    /// <summary>The user's principal; an anonymous one when nobody is signed in.</summary>
    Task<ClaimsPrincipal> GetPrincipalAsync();
}

public static class CurrentUserExtensions
{
    public static async Task<int> GetIdAsync(this ICurrentUser currentUser) =>
        (await currentUser.GetPrincipalAsync()).FindUserId() ?? throw NobodySignedIn();

    /// <summary>The principal of a signed-in user, for a resource check; a visitor is refused before any row is read.</summary>
    public static async Task<ClaimsPrincipal> GetSignedInPrincipalAsync(this ICurrentUser currentUser)
    {
        var user = await currentUser.GetPrincipalAsync();
        return user.FindUserId() is null ? throw NobodySignedIn() : user;
    }

    public static async Task<bool> IsAdminAsync(this ICurrentUser currentUser) =>
        (await currentUser.GetPrincipalAsync()).IsInRole(Roles.Admin);

    /// <summary>The id the cookie or token carries; null for a visitor.</summary>
    public static int? FindUserId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    private static UnauthorizedAccessException NobodySignedIn() => new("No user is signed in.");
}
