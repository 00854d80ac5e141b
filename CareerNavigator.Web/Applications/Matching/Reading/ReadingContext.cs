using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Applications.Matching.Reading;

/// <summary>What the built-in finders share while reading one advert: its layout, ESCO, the role and the words already read.</summary>
internal sealed class ReadingContext(AdvertLayout layout, OccupationIndex index, OccupationMatch? role)
{
    private readonly List<AdvertQuote> _claimed = [];

    public AdvertLayout Layout { get; } = layout;
    public OccupationIndex Index { get; } = index;
    public OccupationMatch? Role { get; } = role;
    public string Text => Layout.Text;

    /// <summary>Words another requirement was read from: a skill found inside "German at B2" or "a degree in biology" is that requirement's.</summary>
    public void Claim(AdvertQuote quote) => _claimed.Add(quote);

    public bool IsClaimed(AdvertQuote quote) => _claimed.Exists(c => c.Overlaps(quote));

    /// <summary>The advert's text of one clause.</summary>
    public string TextOf(AdvertLayout.Clause clause) => Text[clause.Start..clause.End];
}
