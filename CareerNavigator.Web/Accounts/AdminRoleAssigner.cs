using CareerNavigator.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Accounts;

/// <summary>Gives the Admin role to the accounts listed in <see cref="AdminOptions.Emails"/>.</summary>
public sealed class AdminRoleAssigner(
    UserManager<User> userManager,
    RoleManager<IdentityRole<int>> roleManager,
    IOptions<AdminOptions> options,
    ILogger<AdminRoleAssigner> logger)
{
    public async Task EnsureRoleAndListedAdminsAsync()
    {
        if (!await roleManager.RoleExistsAsync(Roles.Admin))
        {
            await roleManager.CreateAsync(new IdentityRole<int>(Roles.Admin));
        }

        foreach (var email in options.Value.Emails.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            if (await userManager.FindByEmailAsync(email) is { } user)
            {
                await AssignIfListedAsync(user);
            }
        }
    }

    public async Task AssignIfListedAsync(User user)
    {
        var listed = options.Value.Emails.Any(e => string.Equals(e.Trim(), user.Email, StringComparison.OrdinalIgnoreCase));
        if (!listed || await userManager.IsInRoleAsync(user, Roles.Admin))
        {
            return;
        }

        var result = await userManager.AddToRoleAsync(user, Roles.Admin);
        if (result.Succeeded)
        {
            logger.LogInformation("Granted the Admin role to user {UserId}, listed in Admin:Emails.", user.Id);
        }
        else
        {
            logger.LogError("Could not grant the Admin role to user {UserId}: {Errors}", user.Id,
                string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
