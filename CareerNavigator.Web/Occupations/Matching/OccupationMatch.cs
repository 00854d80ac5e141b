namespace CareerNavigator.Web.Occupations.Matching;

/// <summary>
/// An occupation found for a typed title or goal, best first. <see cref="Score"/> is 0..1: how much of what was typed
/// the label covers, raised when the label's own words are all covered. The evidence is the label that matched and
/// the typed words it matched (as typed: "RN", "Electrican").
/// </summary>
public sealed record OccupationMatch(
    string Uri, string Title, string IscoGroup, double Score, string MatchedLabel, bool MatchedPreferredLabel, IReadOnlyList<string> MatchedWords);
