namespace CareerNavigator.Web.Email;

/// <summary>One mail's words, as HTML and as plain text (mail programs show whichever they prefer).</summary>
public sealed record MailContent(string Kind, string Subject, string Html, string Text);
