using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// What follows a password reset through an emailed link. Following the link proves the mailbox, so the email
/// counts as confirmed (which may make a listed address an admin); and whoever held the account before, for
/// example someone who registered the address first, loses its API tokens as they lose its sessions.
/// </summary>
public sealed class AccountRecovery(
    UserManager<User> userManager,
    AdminRoleAssigner adminRoleAssigner,
    AccountMail accountMail,
    IDbContextFactory<CareerNavigatorDbContext> contextFactory,
    TimeProvider timeProvider)
{
    public async Task CompleteAsync(User user)
    {
        await AccessTokenRevocation.RevokeAllAsync(contextFactory, user.Id, timeProvider.GetUtcNow().UtcDateTime);
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await userManager.UpdateAsync(user);
        }
        await adminRoleAssigner.AssignIfListedAsync(user);
        await accountMail.PasswordChangedAsync(user.Id);
    }
}
