namespace CareerNavigator.Data.Entities;

/// <summary>
/// A fact in a CV or cover letter version that the source check could not trace to the user's records or the advert
/// (<c>version_claims</c>). While one is unconfirmed the version cannot be activated or exported; the user removes it
/// by editing (a new version) or confirms it as true (<see cref="Confirmed"/>, which also makes it a
/// <see cref="ConfirmedFact"/> of theirs). Deleting the version deletes its claims.
/// </summary>
public class VersionClaim : ITimestamped
{
    public const int MaxTextLength = 200;
    public const int MaxSentenceLength = 1000;
    public const int MaxPlaceLength = 80;

    public int Id { get; set; }
    public int GeneratedProductId { get; set; }
    public GeneratedProduct? GeneratedProduct { get; set; }

    public ClaimKind Kind { get; set; }

    /// <summary>The fact as written ("Globex", "2019", "40%").</summary>
    public required string Text { get; set; }

    /// <summary>The sentence or entry it stands in, as the page shows it.</summary>
    public required string Sentence { get; set; }

    /// <summary>Where in the document it stands, in the page's words ("Summary", "Experience 2", "Paragraph 3").</summary>
    public required string Place { get; set; }

    public bool Confirmed { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
