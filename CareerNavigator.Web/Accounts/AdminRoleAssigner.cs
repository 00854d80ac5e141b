using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// Gives the Admin role to the accounts listed in <see cref="AdminOptions.Emails"/> whose email is confirmed:
/// anyone can register any address, so only proof of the mailbox (a confirmation or reset link) makes a listed
/// account an admin. An account that already holds the role keeps it.
/// </summary>
public sealed class AdminRoleAssigner(
    UserManager<User> userManager,
    RoleManager<IdentityRole<int>> roleManager,
    IOptions<AdminOptions> options,
    AccountMail accountMail,
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

    /// <summary>Grants the role when the account is listed and its email confirmed; true when this call granted it.</summary>
    public async Task<bool> AssignIfListedAsync(User user)
    {
        var listed = options.Value.Emails.Any(e => string.Equals(e.Trim(), user.Email, StringComparison.OrdinalIgnoreCase));
        if (!listed || await userManager.IsInRoleAsync(user, Roles.Admin))
        {
            return false;
        }
        if (!user.EmailConfirmed)
        {
            logger.LogWarning("User {UserId} is listed in Admin:Emails but has not confirmed the address; the Admin role waits for the confirmation.", user.Id);
            return false;
        }

        var result = await userManager.AddToRoleAsync(user, Roles.Admin);
        if (result.Succeeded)
        {
            logger.LogInformation("Granted the Admin role to user {UserId}, listed in Admin:Emails.", user.Id);
            await accountMail.AdminGrantedAsync(user.Id);
            return true;
        }
        else
        {
            logger.LogError("Could not grant the Admin role to user {UserId}: {Errors}", user.Id,
                string.Join("; ", result.Errors.Select(e => e.Description)));
            return false;
        }
    }
}
