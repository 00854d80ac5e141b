using CareerNavigator.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// No mail server is configured yet: account emails (confirmation, password reset) are written to the
/// application log at Information level, where a developer or operator can pick the link up.
/// </summary>
public sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender<User>
{
    public Task SendConfirmationLinkAsync(User user, string email, string confirmationLink) =>
        Log(email, "Confirm your email", confirmationLink);

    public Task SendPasswordResetLinkAsync(User user, string email, string resetLink) =>
        Log(email, "Reset your password", resetLink);

    public Task SendPasswordResetCodeAsync(User user, string email, string resetCode) =>
        Log(email, "Your password reset code", resetCode);

    private Task Log(string email, string subject, string body)
    {
        logger.LogInformation("Email to {Email}: {Subject}: {Body}", email, subject, System.Net.WebUtility.HtmlDecode(body));
        return Task.CompletedTask;
    }
}
