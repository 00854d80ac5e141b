using System.Globalization;
using System.Net;
using CareerNavigator.Web.Email;

namespace CareerNavigator.Web.Applications.Reminders;

/// <summary>The reminder of an application's next action. Every value the user typed is HTML-encoded into the HTML part.</summary>
public static class ReminderMail
{
    public const string Kind = "application_reminder";

    public static MailContent For(string company, string role, string nextAction, DateOnly date)
    {
        var day = date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
        var subject = Shorten($"Today: {nextAction} ({role} at {company})", 200);
        var lead = $"You asked to be reminded today, {day}, of the next step of your application for {role} at {company}:";
        var footer = "Open Applications in Career Navigator to update it or to turn this reminder off.";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{Encode(subject)}</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;color:#1f1f1f;max-width:560px;margin:0 auto;padding:24px">
            <p style="font-weight:bold;color:#1b5e8c">Career Navigator</p>
            <h1 style="font-size:20px">Your next step today</h1>
            <p>{Encode(lead)}</p>
            <p style="font-size:18px"><strong>{Encode(nextAction)}</strong></p>
            <p style="font-size:13px;color:#555">{Encode(footer)}</p>
            </body></html>
            """;
        return new MailContent(Kind, subject, html, $"Your next step today\n\n{lead}\n\n{nextAction}\n\n{footer}\n");
    }

    private static string Shorten(string text, int length)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= length ? oneLine : oneLine[..(length - 1)] + "…";
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
