using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace CareerNavigator.Web.Accounts;

/// <summary>The signed-in user of this circuit, as the services that check ownership need it.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authenticationStateProvider)
{
    public async Task<int> GetIdAsync()
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        var id = state.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return int.TryParse(id, out var userId)
            ? userId
            : throw new UnauthorizedAccessException("No user is signed in.");
    }

    public async Task<bool> IsAdminAsync() =>
        (await authenticationStateProvider.GetAuthenticationStateAsync()).User.IsInRole(Roles.Admin);
}
