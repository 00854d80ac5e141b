using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Web.Products.Types.CoverLetter;

/// <summary>
/// Content of <c>cover_letter</c>: a letter for one job application. The letterhead (<see cref="Sender"/>) is the CV's
/// header, from the profile; the employer and the job are the application's; the model or the built-in writer writes
/// the greeting, the paragraphs and the sign-off.
/// </summary>
public sealed record CoverLetterContent
{
    public required CvHeader Sender { get; init; }
    public required string Employer { get; init; }
    public required string JobTitle { get; init; }
    public required string Greeting { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public required string SignOff { get; init; }
}
