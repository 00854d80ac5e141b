using System.Net;

namespace CareerNavigator.Web.Email;

/// <summary>
/// The account mails. Every value is HTML-encoded into the HTML part; links arrive unencoded. Security notices
/// name what happened and when, and what to do if it was not the reader.
/// </summary>
public static class AccountMailTemplates
{
    private const string NotYou = "If this wasn't you, reset your password now and use \"Sign out everywhere\" under Account.";

    public static MailContent ConfirmEmail(string link) => WithLink("confirm_email", "Confirm your email for Career Navigator",
        "Confirm your email", "Follow this link to confirm that this address is yours:", "Confirm my email", link,
        "If you didn't create a Career Navigator account, ignore this mail.");

    public static MailContent ChangeEmail(string link) => WithLink("change_email", "Confirm your new email for Career Navigator",
        "Confirm your new email", "Follow this link to make this address the one your Career Navigator account uses:", "Confirm the change", link,
        "If you didn't ask for this change, ignore this mail: nothing changes until the link is followed.");

    public static MailContent ResetPassword(string link) => WithLink("reset_password", "Reset your Career Navigator password",
        "Reset your password", "Follow this link to choose a new password. It works once and expires in a day.", "Choose a new password", link,
        "If you didn't ask for a new password, ignore this mail: your password stays as it is.");

    public static MailContent ResetCode(string code) => Notice("reset_code", "Your Career Navigator password reset code",
        "Your password reset code", $"Enter this code to choose a new password: {code}",
        "If you didn't ask for a new password, ignore this mail.");

    public static MailContent PasswordChanged(DateTimeOffset when) => Notice("password_changed", "Your Career Navigator password was changed",
        "Your password was changed", $"The password of your Career Navigator account was changed on {When(when)}.", NotYou);

    public static MailContent EmailChanged(string newAddress, DateTimeOffset when) => Notice("email_changed", "Your Career Navigator email was changed",
        "Your email was changed", $"Your Career Navigator account now uses {newAddress} instead of this address, since {When(when)}.", NotYou);

    public static MailContent TokenCreated(string tokenName, bool canWrite, DateTimeOffset when) => Notice("token_created", "A new API token for your Career Navigator account",
        "A new API token was created",
        $"An API token named \"{tokenName}\" that may {(canWrite ? "read and change" : "read")} your data was created on {When(when)}.",
        NotYou + " Both revoke every API token.");

    public static MailContent AdminGranted(DateTimeOffset when) => Notice("admin_granted", "Your Career Navigator account is now an administrator",
        "You are now an administrator", $"Your Career Navigator account was given the Admin role on {When(when)}: it can open every user's record.",
        "If you didn't expect this, tell your Career Navigator operator at once.");

    private static string When(DateTimeOffset when) => when.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    private static MailContent WithLink(string kind, string subject, string heading, string lead, string button, string link, string footer)
    {
        var html = Layout(heading, $"""
            <p>{Encode(lead)}</p>
            <p><a href="{Encode(link)}" style="display:inline-block;padding:10px 18px;background:#1b5e8c;color:#ffffff;text-decoration:none;border-radius:4px">{Encode(button)}</a></p>
            <p style="font-size:13px;color:#555">Or copy this address into your browser:<br><span style="word-break:break-all">{Encode(link)}</span></p>
            <p style="font-size:13px;color:#555">{Encode(footer)}</p>
            """);
        var text = $"{heading}\n\n{lead}\n\n{link}\n\n{footer}\n";
        return new MailContent(kind, subject, html, text);
    }

    private static MailContent Notice(string kind, string subject, string heading, string body, string footer)
    {
        var html = Layout(heading, $"""
            <p>{Encode(body)}</p>
            <p style="font-size:13px;color:#555">{Encode(footer)}</p>
            """);
        return new MailContent(kind, subject, html, $"{heading}\n\n{body}\n\n{footer}\n");
    }

    private static string Layout(string heading, string body) => $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{Encode(heading)}</title></head>
        <body style="font-family:Arial,Helvetica,sans-serif;color:#1f1f1f;max-width:560px;margin:0 auto;padding:24px">
        <p style="font-weight:bold;color:#1b5e8c">Career Navigator</p>
        <h1 style="font-size:20px">{Encode(heading)}</h1>
        {body}
        </body></html>
        """;

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
