namespace CareerNavigator.Web.Products.Types.CoverLetter;

/// <summary>A letter that fits on one page: a greeting, two to six paragraphs and a sign-off.</summary>
internal static class CoverLetterRules
{
    public const int MinParagraphs = 2;
    public const int MaxParagraphs = 6;
    public const int MaxParagraphLength = 1_200;
    public const int MaxLetterLength = 4_000;

    public static void Check(CoverLetterContent letter, ContentProblems problems)
    {
        problems.RequireText(letter.Employer, "The employer");
        problems.RequireText(letter.JobTitle, "The job");
        problems.RequireText(letter.Greeting, "The greeting");
        problems.MaxLength(letter.Greeting, 200, "The greeting");
        problems.RequireText(letter.SignOff, "The sign-off");
        problems.MaxLength(letter.SignOff, 100, "The sign-off");
        problems.RequireTextItems(letter.Paragraphs, "The letter");
        if (letter.Paragraphs.Count < MinParagraphs)
        {
            problems.Add($"The letter has {letter.Paragraphs.Count} paragraph(s); it needs at least {MinParagraphs}.");
        }
        problems.MaxItems(letter.Paragraphs, MaxParagraphs, "The letter's paragraphs");
        for (var i = 0; i < letter.Paragraphs.Count; i++)
        {
            problems.MaxLength(letter.Paragraphs[i], MaxParagraphLength, $"Paragraph {i + 1}");
        }
        problems.MaxLength(string.Concat(letter.Paragraphs), MaxLetterLength, "The letter");
    }
}
