namespace CareerNavigator.Web.Import;

/// <summary>What <see cref="JsonResumeReader"/> tells the user when it refuses a file.</summary>
public static class JsonResumeMessages
{
    public const string TooLargeAlternative = "A JSON Resume is far smaller; check that you picked the right file.";
    public const string Empty = "The file is empty. Choose your JSON Resume file (usually resume.json).";
    public const string NotAResume =
        "This JSON isn't a JSON Resume: it should be an object with sections such as \"basics\", \"work\" and \"education\" (see jsonresume.org).";

    public const string BrokenCharacter =
        "This file contains a broken character escape (half of a \\uXXXX pair), so its text can't be read. Export the file again.";

    /// <param name="line">1-based.</param>
    /// <param name="position">1-based, in bytes from the start of the line.</param>
    public static string Malformed(long line, long position) =>
        $"This file isn't valid JSON: it breaks at line {line}, position {position}. Look for a missing comma, quote or bracket there, or export the file again.";
}
