using CareerNavigator.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// Identity's sign-in manager answers an unknown email at once but hashes the password for a known one, so the
/// answer time tells an attacker which emails have accounts. This one hashes the password either way.
/// </summary>
public sealed class TimingSafeSignInManager(
    UserManager<User> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<User> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation)
    : SignInManager<User>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly User Nobody = new() { UserName = "nobody@careernavigator.invalid" };
    private static readonly Lazy<string> NobodysHash =
        new(() => new PasswordHasher<User>().HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    public override async Task<SignInResult> PasswordSignInAsync(
        string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            UserManager.PasswordHasher.VerifyHashedPassword(Nobody, NobodysHash.Value, password);
            return SignInResult.Failed;
        }
        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }
}
