using System.Globalization;
using CareerNavigator.Tests.Occupations.Matching;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Applications.Matching.Reading;
using CareerNavigator.Web.Applications.Matching.Requirements.Education;
using CareerNavigator.Web.Applications.Matching.Requirements.Experience;
using CareerNavigator.Web.Applications.Matching.Requirements.Languages;
using CareerNavigator.Web.Applications.Matching.Requirements.Licences;
using Xunit.Abstractions;

namespace CareerNavigator.Tests.Applications.Matching;

/// <summary>
/// The built-in reader against the hand-labelled adverts (Adverts/, committed before the reader). A requirement read is
/// right when one labelled row has its kind, its importance, words overlapping its quote and, where the row gives one,
/// its value; each row is matched once.
/// </summary>
public sealed class AdvertReadingAccuracyTests(ITestOutputHelper output)
{
    /// <summary>
    /// Measured: precision 96.5 % (82/85), recall 81.2 % (82/101); before any tuning, 87.0 % and 66.3 %. Most misses are
    /// skills ESCO has no label for ("DNA extraction", "NHBC standards"). Raise the floors with every improvement;
    /// never edit the labelled adverts to meet them.
    /// </summary>
    private const double PrecisionFloor = 0.96;
    private const double RecallFloor = 0.81;

    [Fact]
    public void The_labelled_requirements_are_read_at_no_less_than_the_measured_precision_and_recall()
    {
        var (precision, recall) = Measure(AdvertFixtures.Tuned, output);

        Assert.True(precision >= PrecisionFloor, $"precision {precision:P1}");
        Assert.True(recall >= RecallFloor, $"recall {recall:P1}");
    }

    /// <summary>Reads every advert of <paramref name="set"/>, writes each one's misses and extras, and the totals.</summary>
    internal static (double Precision, double Recall) Measure(AdvertFixtures.AdvertSet set, ITestOutputHelper output)
    {
        var (right, read, labelled) = (0, 0, 0);
        foreach (var name in set.Names)
        {
            var advert = set.Advert(name);
            var expected = set.Requirements.Where(r => r.Advert == name).ToList();
            var found = AdvertReader.Read(advert, ShippedIndex.Instance).Requirements;
            var pairs = Pair(advert, expected, found);
            right += pairs.Count;
            read += found.Count;
            labelled += expected.Count;
            output.WriteLine($"{name}: {pairs.Count} of {found.Count} read are labelled, {pairs.Count} of {expected.Count} labelled are read");
            foreach (var extra in found.Where(f => !pairs.Any(p => ReferenceEquals(p.Found, f))))
            {
                output.WriteLine($"  not labelled: {Describe(extra)}");
            }
            foreach (var missed in expected.Where(e => !pairs.Any(p => p.Expected == e)))
            {
                output.WriteLine($"  missed: {missed.Kind} {missed.Importance} \"{missed.Quote}\" {missed.Value}");
            }
        }

        var precision = (double)right / read;
        var recall = (double)right / labelled;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {precision:P1} ({right}/{read}), recall {recall:P1} ({right}/{labelled})"));
        return (precision, recall);
    }

    [Fact]
    public void Every_labelled_quote_is_words_of_its_advert()
    {
        foreach (var row in AdvertFixtures.Tuned.Requirements)
        {
            Assert.Contains(row.Quote, AdvertFixtures.Tuned.Advert(row.Advert), StringComparison.Ordinal);
        }
        Assert.True(AdvertFixtures.Tuned.Names.Count >= 10);
    }

    [Fact]
    public void Every_requirement_read_quotes_its_advert_where_it_says_so()
    {
        foreach (var name in AdvertFixtures.Tuned.Names)
        {
            var advert = AdvertFixtures.Tuned.Advert(name);
            foreach (var requirement in AdvertReader.Read(advert, ShippedIndex.Instance).Requirements)
            {
                Assert.Equal(requirement.Quote.Text, advert.Substring(requirement.Quote.Start, requirement.Quote.Length));
                Assert.Equal(requirement.Context.Text, advert.Substring(requirement.Context.Start, requirement.Context.Length));
                Assert.True(requirement.Context.Contains(requirement.Quote), $"{name}: \"{requirement.Quote.Text}\" outside \"{requirement.Context.Text}\"");
            }
        }
    }

    internal static List<(AdvertFixtures.Expected Expected, AdvertRequirement Found)> Pair(
        string advert, IReadOnlyList<AdvertFixtures.Expected> expected, IReadOnlyList<AdvertRequirement> found)
    {
        var pairs = new List<(AdvertFixtures.Expected, AdvertRequirement)>();
        var free = found.ToList();
        foreach (var row in expected)
        {
            // The labelled words may stand more than once in the advert ("SQL" in the duties and in the requirements).
            var quotes = Occurrences(advert, row.Quote).Select(start => new AdvertQuote(start, row.Quote.Length, row.Quote)).ToList();
            var match = free.FirstOrDefault(f => quotes.Exists(f.Quote.Overlaps) && Agrees(row, f));
            if (match is not null)
            {
                pairs.Add((row, match));
                free.Remove(match);
            }
        }
        return pairs;
    }

    private static bool Agrees(AdvertFixtures.Expected row, AdvertRequirement found) =>
        string.Equals(row.Kind, found.Kind.ToString(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(row.Importance, found.Importance.ToString(), StringComparison.OrdinalIgnoreCase)
        && found switch
        {
            ExperienceRequirement e => row.Value == (e.Years?.ToString(CultureInfo.InvariantCulture) ?? ""),
            LanguageRequirement l => Alternatives(row.Value).SetEquals(l.Alternatives.Select(a => a.Level is null ? a.Language : $"{a.Language} {a.Level}")),
            EducationRequirement e => row.Value == (e.Level?.ToString().ToLowerInvariant() ?? ""),
            LicenceRequirement l => row.Value.Length == 0
                                    || (l.DrivingCategory is { } category ? category == row.Value
                                        : Alternatives(row.Value).All(v => l.Names.Any(n => n.Contains(v, StringComparison.OrdinalIgnoreCase)))),
            _ => true,
        };

    private static IEnumerable<int> Occurrences(string text, string words)
    {
        for (var at = text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    private static HashSet<string> Alternatives(string value) => [.. value.Split('|', StringSplitOptions.RemoveEmptyEntries)];

    internal static string Describe(AdvertRequirement r) => $"{r.Kind} {r.Importance} \"{r.Quote.Text}\" ({r.Label})";
}
