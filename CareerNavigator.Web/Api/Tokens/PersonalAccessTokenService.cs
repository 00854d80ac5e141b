using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Email;
using CareerNavigator.Web.Profiles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Api.Tokens;

/// <summary>A new token: <see cref="Token"/> is the only time the secret exists outside the caller's hands.</summary>
public sealed record CreatedAccessToken(PersonalAccessToken Row, string Token);

/// <summary>The signed-in user's personal access tokens: create (shown once), list, revoke.</summary>
public sealed class PersonalAccessTokenService(
    IDbContextFactory<CareerNavigatorDbContext> contextFactory,
    ICurrentUser currentUser,
    IAuthorizationService authorization,
    UserManager<User> userManager,
    AccountMail accountMail,
    TimeProvider timeProvider)
{
    public static readonly IReadOnlyList<int> LifetimesInDays = [7, 30, 90, 365];
    public const int MaxActiveTokens = 20;

    public async Task<CreatedAccessToken> CreateAsync(TokenRequest request, CancellationToken cancellationToken = default)
    {
        ServerValidation.Ensure(request);
        var userId = await currentUser.GetIdAsync();
        await EnsurePasswordAsync(userId, request.CurrentPassword);
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var active = await db.PersonalAccessTokens.Where(t => t.UserId == userId).CountAsync(AccessTokenLifetime.LiveAt(now), cancellationToken);
        if (active >= MaxActiveTokens)
        {
            throw new FormValidationException([new($"You have {MaxActiveTokens} active tokens; revoke one first.", [nameof(TokenRequest.Name)])]);
        }

        var token = AccessTokenSecret.NewToken();
        var row = new PersonalAccessToken
        {
            UserId = userId,
            Name = request.Name.Trim(),
            TokenHash = AccessTokenSecret.Hash(token),
            Prefix = AccessTokenSecret.Prefix(token),
            CanWrite = request.Scope == AccessTokenScopes.ReadWrite,
            ExpiresAt = now.AddDays(request.LifetimeDays),
        };
        db.PersonalAccessTokens.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await accountMail.TokenCreatedAsync(userId, row.Name, row.CanWrite);
        return new CreatedAccessToken(row, token);
    }

    /// <summary>A wrong password counts towards the account's lockout, as at sign-in.</summary>
    private async Task EnsurePasswordAsync(int userId, string password)
    {
        var user = await userManager.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                   ?? throw new UnauthorizedAccessException("The account no longer exists.");
        if (await userManager.IsLockedOutAsync(user))
        {
            throw new FormValidationException([new("Your account is locked for now after too many wrong passwords; try again later.", [nameof(TokenRequest.CurrentPassword)])]);
        }
        if (!await userManager.CheckPasswordAsync(user, password))
        {
            await userManager.AccessFailedAsync(user);
            throw new FormValidationException([new("That isn't your current password.", [nameof(TokenRequest.CurrentPassword)])]);
        }
        await userManager.ResetAccessFailedCountAsync(user);
    }

    /// <summary>The user's tokens, newest first, revoked and expired ones included (so the user sees what happened).</summary>
    public async Task<List<PersonalAccessToken>> ListAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.PersonalAccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderByDescending(t => t.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Revokes one of the user's own tokens (the owner rule); any other id answers like a missing one.</summary>
    public async Task RevokeAsync(int id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetSignedInPrincipalAsync();
        var now = timeProvider.GetUtcNow().UtcDateTime;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var token = await db.PersonalAccessTokens.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (token is null || !await authorization.IsOwnerAsync(user, token))
        {
            throw new RecordNotFoundException();
        }
        token.RevokedAt ??= now;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Revokes every live token of the signed-in user; returns how many.</summary>
    public async Task<int> RevokeAllAsync(CancellationToken cancellationToken = default) =>
        await AccessTokenRevocation.RevokeAllAsync(contextFactory, await currentUser.GetIdAsync(), timeProvider.GetUtcNow().UtcDateTime, cancellationToken);
}
