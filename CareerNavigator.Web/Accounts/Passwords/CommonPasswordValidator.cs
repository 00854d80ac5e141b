using CareerNavigator.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace CareerNavigator.Web.Accounts.Passwords;

/// <summary>
/// Refuses passwords that attackers try first: the shipped common-password list, the account's own email or
/// handle, and the app's name (OWASP ASVS 5.0, 6.2.4 and 6.2.11). Length rules stay with Identity's options.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<User>
{
    public const int MaximumLength = 128;

    private static readonly string[] AppWords = ["careernavigator", "career navigator", "career-navigator"];

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        if (password.Length > MaximumLength)
        {
            return Failed("PasswordTooLong", $"Use at most {MaximumLength} characters.");
        }
        if (CommonPasswordList.Shipped.Contains(password) || CommonPasswordList.Shipped.Contains(password.Trim()))
        {
            return Failed("PasswordTooCommon", "This password is on a list of commonly used passwords. Choose another one — a short sentence works well.");
        }
        if (ContainsContextWord(password, user))
        {
            return Failed("PasswordContainsContext", "Don't build your password from your email address or the name of this site.");
        }
        return Task.FromResult(IdentityResult.Success);
    }

    private static bool ContainsContextWord(string password, User user)
    {
        var words = AppWords.Concat(AccountWords(user.Email)).Concat(AccountWords(user.UserName));
        return words.Any(word => word.Length >= 4 && password.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> AccountWords(string? emailOrHandle)
    {
        if (string.IsNullOrWhiteSpace(emailOrHandle))
        {
            yield break;
        }
        yield return emailOrHandle;
        var at = emailOrHandle.IndexOf('@');
        if (at > 0)
        {
            yield return emailOrHandle[..at];
        }
    }

    private static Task<IdentityResult> Failed(string code, string description) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = code, Description = description }));
}
