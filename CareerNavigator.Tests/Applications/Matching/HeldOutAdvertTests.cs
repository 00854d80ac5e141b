using Xunit.Abstractions;

namespace CareerNavigator.Tests.Applications.Matching;

/// <summary>
/// The built-in reader and match on the held-out adverts (HeldOut/: labelled after the reader was tuned, never tuned
/// on), counted as <see cref="AdvertReadingAccuracyTests"/> and <see cref="AdvertMatchFixtureTests"/> count the tuned
/// ones: the honest figures for adverts the reader has not seen.
/// </summary>
public sealed class HeldOutAdvertTests(ITestOutputHelper output)
{
    /// <summary>
    /// Measured: precision 92.3 % (24/26), recall 66.7 % (24/36), outcomes 100 % (23/23); on the tuned adverts 96.5 % and
    /// 81.2 %. The output lists each miss (among them "PAYE", "pension auto-enrolment", "An enhanced DBS check"). The
    /// floors leave a margin of a requirement or two; never edit the held-out adverts or their labels to meet them, and
    /// never tune the reader on them.
    /// </summary>
    private const double PrecisionFloor = 0.85;
    private const double RecallFloor = 0.60;
    private const double OutcomeFloor = 0.95;

    [Fact]
    public void The_held_out_requirements_are_read_at_no_less_than_the_measured_precision_and_recall()
    {
        var (precision, recall) = AdvertReadingAccuracyTests.Measure(AdvertFixtures.HeldOut, output);

        Assert.True(precision >= PrecisionFloor, $"precision {precision:P1}");
        Assert.True(recall >= RecallFloor, $"recall {recall:P1}");
    }

    [Fact]
    public void The_held_out_labelled_outcomes_agree_no_less_than_measured()
    {
        var share = AdvertMatchFixtureTests.OutcomesAgreeing(AdvertFixtures.HeldOut, AdvertMatchFixtureTests.Profile, output);

        Assert.True(share >= OutcomeFloor, $"{share:P1}");
    }

    [Fact]
    public void Every_held_out_advert_is_labelled_with_words_of_its_own()
    {
        Assert.Equal(["13-care-worker", "14-electrician", "15-chef-spain", "16-payroll-officer"], AdvertFixtures.HeldOut.Names);
        foreach (var name in AdvertFixtures.HeldOut.Names)
        {
            var rows = AdvertFixtures.HeldOut.Requirements.Where(r => r.Advert == name).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.Contains(row.Quote, AdvertFixtures.HeldOut.Advert(name), StringComparison.Ordinal));
        }
        Assert.Equal(36, AdvertFixtures.HeldOut.Requirements.Count);
    }
}
