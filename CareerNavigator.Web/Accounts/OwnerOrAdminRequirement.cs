using System.Security.Claims;
using CareerNavigator.Data.Entities;
using Microsoft.AspNetCore.Authorization;

namespace CareerNavigator.Web.Accounts;

/// <summary>A rule about one row: the user it belongs to may use it, and so may an admin.</summary>
public sealed class OwnerOrAdminRequirement : IAuthorizationRequirement
{
    public static readonly OwnerOrAdminRequirement Instance = new();
}

public sealed class OwnerOrAdminHandler : AuthorizationHandler<OwnerOrAdminRequirement, IUserOwned>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OwnerOrAdminRequirement requirement, IUserOwned resource)
    {
        if (context.User.FindUserId() is { } userId && (userId == resource.UserId || context.User.IsInRole(Roles.Admin)))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

public static class OwnerOrAdminAuthorization
{
    /// <summary>
    /// Callers answer a refusal exactly like a missing row (404 in the API), so an id never tells whether it exists.
    /// </summary>
    public static async Task<bool> IsOwnerOrAdminAsync(this IAuthorizationService authorization, ClaimsPrincipal user, IUserOwned resource) =>
        (await authorization.AuthorizeAsync(user, resource, OwnerOrAdminRequirement.Instance)).Succeeded;
}
