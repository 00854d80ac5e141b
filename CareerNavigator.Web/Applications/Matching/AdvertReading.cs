using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Web.Applications.Matching;

/// <summary>
/// What an advert asks, in the advert's order. <see cref="Role"/> is the ESCO occupation its title names, if any;
/// <see cref="ReadBy"/> is "built-in" or the AI model's name; <see cref="QuotesDropped"/> counts the model's
/// requirements left out because their quote is not in the advert.
/// </summary>
public sealed record AdvertReading(
    IReadOnlyList<AdvertRequirement> Requirements, OccupationMatch? Role, string ReadBy, int QuotesDropped = 0)
{
    public const string BuiltIn = "built-in";
}
