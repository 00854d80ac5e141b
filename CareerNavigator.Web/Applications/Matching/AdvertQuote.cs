namespace CareerNavigator.Web.Applications.Matching;

/// <summary>Words of an advert, where they start in it and as they are written there.</summary>
public sealed record AdvertQuote(int Start, int Length, string Text)
{
    public int End => Start + Length;

    /// <summary>The advert's own text between <paramref name="start"/> and <paramref name="end"/>, trimmed.</summary>
    public static AdvertQuote Of(string advert, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(advert[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(advert[end - 1]))
        {
            end--;
        }
        return new AdvertQuote(start, end - start, advert[start..end]);
    }

    public bool Overlaps(AdvertQuote other) => Start < other.End && other.Start < End;

    public bool Contains(AdvertQuote other) => Start <= other.Start && other.End <= End;
}
