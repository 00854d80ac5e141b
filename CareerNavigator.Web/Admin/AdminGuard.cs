using System.Security.Claims;
using CareerNavigator.Web.Accounts;

namespace CareerNavigator.Web.Admin;

/// <summary>The admin acting in this circuit (or request): id, the name they signed in with and when (UTC), for the audit log.</summary>
public sealed record AdminActor(int UserId, string Name, DateTime At);

/// <summary>Every admin service method starts here, so a service refuses a visitor or a non-admin even without its page.</summary>
public sealed class AdminGuard(ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<AdminActor> RequireAdminAsync()
    {
        var user = await currentUser.GetPrincipalAsync();
        var id = user.FindUserId() ?? throw new UnauthorizedAccessException("No user is signed in.");
        if (!user.IsInRole(Roles.Admin))
        {
            throw new UnauthorizedAccessException("This needs the Admin role.");
        }
        return new AdminActor(id, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? $"user {id}", clock.GetUtcNow().UtcDateTime);
    }
}
