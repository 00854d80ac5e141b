using System.Security.Claims;
using CareerNavigator.Data.Entities;
using Microsoft.AspNetCore.Authorization;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// A rule about one row asked for by id: only the user it belongs to may use it. Admins read other people's data
/// through the admin console, where every opened record is audited, never through these services.
/// </summary>
public sealed class OwnerRequirement : IAuthorizationRequirement
{
    public static readonly OwnerRequirement Instance = new();
}

public sealed class OwnerHandler : AuthorizationHandler<OwnerRequirement, IUserOwned>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnerRequirement requirement, IUserOwned resource)
    {
        if (context.User.FindUserId() is { } userId && userId == resource.UserId)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

public static class OwnerAuthorization
{
    /// <summary>
    /// Callers answer a refusal exactly like a missing row (404 in the API), so an id never tells whether it exists.
    /// </summary>
    public static async Task<bool> IsOwnerAsync(this IAuthorizationService authorization, ClaimsPrincipal user, IUserOwned resource) =>
        (await authorization.AuthorizeAsync(user, resource, OwnerRequirement.Instance)).Succeeded;
}
