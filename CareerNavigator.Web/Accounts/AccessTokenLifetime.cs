using System.Linq.Expressions;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Accounts;

/// <summary>When an API token may still be used: not revoked and not expired. The query form and the in-memory form side by side.</summary>
public static class AccessTokenLifetime
{
    public static Expression<Func<PersonalAccessToken, bool>> LiveAt(DateTime nowUtc) =>
        token => token.RevokedAt == null && token.ExpiresAt > nowUtc;

    public static bool IsLive(PersonalAccessToken token, DateTime nowUtc) => token.RevokedAt is null && token.ExpiresAt > nowUtc;
}
