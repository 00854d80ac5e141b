namespace CareerNavigator.Web.Import;

/// <summary>What <see cref="LinkedInExportReader"/> tells the user when it refuses a file.</summary>
public static class LinkedInMessages
{
    public const string RequestAgain = "A LinkedIn data export is far smaller; upload the ZIP LinkedIn gave you.";
    public const string NotZip =
        "This file isn't a ZIP archive. Upload the ZIP file LinkedIn gave you (Settings → Data privacy → Get a copy of your data), without unpacking it.";
    public const string TooManyEntries =
        "This ZIP holds more than 2,000 files, far more than a LinkedIn data export, so we didn't open it.";
    public const string TooMuchData =
        "This ZIP unpacks to far more data than a LinkedIn data export holds (more than 50 MB in all, or 20 MB in one file), so we didn't open it.";
    public const string Suspicious =
        "This ZIP is compressed in a way no LinkedIn export is (it may be a \"ZIP bomb\"), so we didn't open it.";
    public const string Damaged =
        "This ZIP seems to be damaged or password-protected, so we couldn't read it. Download your export from LinkedIn again and upload that file.";
    public const string NotLinkedIn =
        "This ZIP doesn't look like a LinkedIn data export: it has neither Profile.csv nor Positions.csv. Upload the ZIP LinkedIn gave you, as it came.";
}
