using System.Text;
using CareerNavigator.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>The links the app emails, made by the app's own token providers, for tests that are not about the mail itself.</summary>
public static class EmailLinks
{
    /// <summary>The path of a valid email-confirmation link for the account with this email.</summary>
    public static async Task<string> ConfirmationPathAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account for {email}.");
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        return $"/Account/ConfirmEmail?userId={user.Id}&code={code}";
    }

    /// <summary>Follows the confirmation link with <paramref name="client"/> (its cookies, if signed in) and checks that it worked.</summary>
    public static async Task ConfirmAsync(IServiceProvider services, HttpClient client, string email)
    {
        var page = await client.GetStringAsync(await ConfirmationPathAsync(services, email));
        Assert.Contains("Thanks for confirming your email", page);
    }
}
