using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Products.Sources;

/// <summary>
/// A fact a document states: its kind, the fact as written (<see cref="Text"/>), the sentence or entry it stands in and
/// where in the document that is, in the page's words ("Summary", "Paragraph 2").
/// </summary>
public sealed record FoundClaim(ClaimKind Kind, string Text, string Sentence, string Place)
{
    /// <summary>What makes two claims the same fact, wherever they stand: the kind and the text lower-cased, single-spaced.</summary>
    public (ClaimKind Kind, string Text) Key => (Kind, ClaimText.Normalize(Text));

    /// <summary>Contradicts the record it describes (an entry's dates differ from its job's): traced only when the user confirms it.</summary>
    public bool Mismatched { get; init; }
}
