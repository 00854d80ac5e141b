using System.Globalization;
using CareerNavigator.Tests.Occupations.Matching;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Applications.Matching.Profile;
using CareerNavigator.Web.Applications.Matching.Reading;
using Xunit.Abstractions;

namespace CareerNavigator.Tests.Applications.Matching;

/// <summary>Every fixture advert against the test profile (Adverts/test-profile.json) as of its date.</summary>
public sealed class AdvertMatchFixtureTests(ITestOutputHelper output)
{
    /// <summary>Measured: 76 of the 76 labelled outcomes of requirements read agree.</summary>
    private const double OutcomeFloor = 0.98;

    internal static readonly ProfileFacts Profile = new(AdvertFixtures.Records(), ShippedIndex.Instance, AdvertFixtures.AsOf);

    public static TheoryData<string> Adverts => [.. AdvertFixtures.Tuned.Names];

    [Theory]
    [MemberData(nameof(Adverts))]
    public void Every_requirement_appears_in_the_explanation_with_its_records_or_as_missing(string name)
    {
        var reading = AdvertReader.Read(AdvertFixtures.Tuned.Advert(name), ShippedIndex.Instance);
        var match = AdvertMatch.Of(reading, Profile);

        Assert.NotEmpty(reading.Requirements);
        Assert.Equal(reading.Requirements, match.Outcomes.Select(o => o.Requirement));
        foreach (var outcome in match.Outcomes)
        {
            output.WriteLine($"{(outcome.Met ? "met    " : "missing")} {outcome.Requirement.Importance} {outcome.Requirement.Label}: "
                             + (outcome.Met ? string.Join("; ", outcome.Evidence.Select(e => $"{e.Record} {e.RecordName}: {e.Shows}")) : outcome.Shortfall));
            Assert.NotEmpty(outcome.AddAs);
            if (outcome.Met)
            {
                Assert.NotEmpty(outcome.Evidence);
                Assert.All(outcome.Evidence, e => Assert.False(string.IsNullOrWhiteSpace(e.RecordName) || string.IsNullOrWhiteSpace(e.Shows)));
                Assert.Null(outcome.Shortfall);
            }
            else
            {
                Assert.Empty(outcome.Evidence);
                Assert.False(string.IsNullOrWhiteSpace(outcome.Shortfall));
                Assert.NotEmpty(outcome.Advice);
            }
        }
        Assert.NotNull(match.Score);
        Assert.InRange(match.Score!.Value, 0, 100);
    }

    [Fact]
    public void The_labelled_outcomes_agree_no_less_than_measured()
    {
        var share = OutcomesAgreeing(AdvertFixtures.Tuned, Profile, output);

        Assert.True(share >= OutcomeFloor, $"{share:P1}");
    }

    /// <summary>
    /// The share of labelled outcomes (met or missing) that the match agrees with, over the requirements of
    /// <paramref name="set"/> that are read; writes each disagreement and the total.
    /// </summary>
    internal static double OutcomesAgreeing(AdvertFixtures.AdvertSet set, ProfileFacts profile, ITestOutputHelper output)
    {
        var (agree, compared) = (0, 0);
        foreach (var name in set.Names)
        {
            var advert = set.Advert(name);
            var reading = AdvertReader.Read(advert, ShippedIndex.Instance);
            var outcomes = AdvertMatch.Of(reading, profile).Outcomes.ToDictionary(o => o.Requirement);
            var labelled = set.Requirements.Where(r => r.Advert == name).ToList();
            foreach (var (expected, found) in AdvertReadingAccuracyTests.Pair(advert, labelled, reading.Requirements).Where(p => p.Expected.Outcome.Length > 0))
            {
                compared++;
                var met = outcomes[found].Met;
                if (met == (expected.Outcome == "met"))
                {
                    agree++;
                }
                else
                {
                    output.WriteLine($"{name}: \"{expected.Quote}\" labelled {expected.Outcome}, matched {(met ? "met" : "missing")} ({found.Label})");
                }
            }
        }
        var share = (double)agree / compared;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outcomes agree {share:P1} ({agree}/{compared})"));
        return share;
    }

    [Theory]
    [MemberData(nameof(Adverts))]
    public void A_required_requirement_outweighs_a_preferred_one(string name)
    {
        var match = AdvertMatch.Of(AdvertReader.Read(AdvertFixtures.Tuned.Advert(name), ShippedIndex.Instance), Profile);
        var required = match.Outcomes.Where(o => o.Requirement.Importance == Importance.Required).ToList();
        var preferred = match.Outcomes.Where(o => o.Requirement.Importance == Importance.Preferred).ToList();

        foreach (var r in required)
        {
            foreach (var p in preferred)
            {
                Assert.True(ScoreMeeting(match, r) > ScoreMeeting(match, p), $"{r.Requirement.Label} against {p.Requirement.Label}");
            }
        }
    }

    /// <summary>The score of the same advert when the profile met <paramref name="only"/> and nothing else.</summary>
    private static int ScoreMeeting(AdvertMatch match, RequirementOutcome only) =>
        new AdvertMatch(match.Reading, [.. match.Outcomes.Select(o => o with { Met = ReferenceEquals(o, only) })]).Score!.Value;
}
