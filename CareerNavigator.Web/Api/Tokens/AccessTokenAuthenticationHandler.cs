using System.Security.Claims;
using System.Text.Encodings.Web;
using CareerNavigator.Data;
using CareerNavigator.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CareerNavigator.Web.Api.Tokens;

/// <summary>
/// The API's own scheme: <c>Authorization: Bearer cnpat_...</c>. The sign-in cookie is never consulted, so a
/// browser session cannot call the API (and there is no cross-site request forgery to defend against).
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<CareerNavigatorDbContext> contextFactory,
    TimeProvider timeProvider)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";
    public const string TokenIdClaim = "token_id";

    /// <summary>Recording every use would write on every request; once a minute is enough to show "last used".</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(AccessTokenSecret.Marker, StringComparison.Ordinal) || token.Length > 200)
        {
            return AuthenticateResult.Fail("The token is not a Career Navigator personal access token.");
        }

        var hash = AccessTokenSecret.Hash(token);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(Context.RequestAborted);
        var row = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (row is null || !AccessTokenLifetime.IsLive(row, now))
        {
            return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        }

        // A disabled account, or one locked after wrong passwords, is refused here as at sign-in: the token
        // speaks for the account and cannot be more trusted than its password.
        var account = await db.Users.Where(u => u.Id == row.UserId)
            .Select(u => new { u.Email, u.LockoutEnd })
            .SingleAsync(Context.RequestAborted);
        if (account.LockoutEnd is { } lockedUntil && lockedUntil > timeProvider.GetUtcNow())
        {
            return AuthenticateResult.Fail("The account this token belongs to is locked or disabled.");
        }

        if (row.LastUsedAt is null || now - row.LastUsedAt > LastUsedResolution)
        {
            row.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == row.UserId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(Context.RequestAborted);
        // The admin services write the actor's email to the audit log.
        var email = account.Email;
        var scope = row.CanWrite ? AccessTokenScopes.ReadWrite : AccessTokenScopes.Read;
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, row.UserId.ToString()),
                new Claim(TokenIdClaim, row.Id.ToString()),
                new Claim(AccessTokenScopes.ClaimType, scope),
                .. email is null ? Array.Empty<Claim>() : [new Claim(ClaimTypes.Email, email)],
                .. roles.Select(r => new Claim(ClaimTypes.Role, r)),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var detail = result.Failure?.Message ?? "Send a personal access token: Authorization: Bearer cnpat_... (create one under Account, API tokens).";
        Response.Headers[HeaderNames.WWWAuthenticate] = result.Failure is null
            ? "Bearer"
            : "Bearer error=\"invalid_token\"";
        await ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required", detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Not allowed",
            "This token may not do that: writing needs a read_write token, and admin endpoints need an Admin account.");
}
