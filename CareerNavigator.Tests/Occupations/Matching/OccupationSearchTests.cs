namespace CareerNavigator.Tests.Occupations.Matching;

/// <summary>Each way people write a title differently from ESCO's labels, one at a time.</summary>
public sealed class OccupationSearchTests
{
    private const string SoftwareDeveloper = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";
    private const string Electrician = "http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0";
    private const string CargoVehicleDriver = "http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4";
    private const string GeneralPractitioner = "http://data.europa.eu/esco/occupation/71f09c8b-a172-408c-b9e7-32e580e39ff6";
    private const string HumanResourcesManager = "http://data.europa.eu/esco/occupation/f605bcd2-90b6-45a0-a558-d05016d68a77";
    private const string Barista = "http://data.europa.eu/esco/occupation/bf7d8b16-4e2c-48ef-b44e-dc25b2d0ab61";
    private const string Accountant = "http://data.europa.eu/esco/occupation/eda0d957-3c3c-4139-b89a-a18bc9e18897";

    private static string Top(string typed) => ShippedIndex.Instance.Search(typed, 1).Single().Uri;

    [Theory]
    [InlineData("GP", GeneralPractitioner)]
    [InlineData("HR mgr", HumanResourcesManager)]
    [InlineData("HGV driver", CargoVehicleDriver)]
    [InlineData("Sr. software dev", SoftwareDeveloper)]
    [InlineData("software eng", SoftwareDeveloper)]
    public void Short_forms_are_read_as_the_words_they_stand_for(string typed, string expected) =>
        Assert.Equal(expected, Top(typed));

    [Theory]
    [InlineData("baristas", Barista)]
    [InlineData("Electricians", Electrician)]
    [InlineData("truck drivers", CargoVehicleDriver)]
    public void Plurals_find_the_singular_occupation(string typed, string expected) => Assert.Equal(expected, Top(typed));

    [Theory]
    [InlineData("Electrican", Electrician)]
    [InlineData("Accuontant", Accountant)]
    [InlineData("sofware developer", SoftwareDeveloper)]
    public void One_typo_in_a_word_of_five_letters_or_more_is_forgiven(string typed, string expected) =>
        Assert.Equal(expected, Top(typed));

    [Fact]
    public void A_typo_in_a_short_word_is_not_guessed_at() =>
        Assert.DoesNotContain(ShippedIndex.Instance.Search("bsu driver", 5), m => m.MatchedWords.Contains("bsu"));

    [Theory]
    [InlineData("developer software")]
    [InlineData("engineer, software")]
    public void Word_order_does_not_matter(string typed) => Assert.Equal(SoftwareDeveloper, Top(typed));

    [Theory]
    [InlineData("barista at a busy coffee shop in Leeds", Barista)]
    [InlineData("Accountant (ACCA part-qualified) - NHS", Accountant)]
    [InlineData("HGV Class 1 driver, nights", CargoVehicleDriver)]
    public void Extra_words_do_not_hide_the_occupation(string typed, string expected) => Assert.Equal(expected, Top(typed));

    [Theory]
    [InlineData("Carpenter/Joiner", "http://data.europa.eu/esco/occupation/2a22ff9e-de3b-408d-b312-5034896cc4f4")]
    [InlineData("Admin / Receptionist", "http://data.europa.eu/esco/occupation/f7b04542-d8c7-42db-8475-e63b507cce82")]
    public void A_slash_offers_alternatives_each_searched_on_its_own(string typed, string expected) => Assert.Equal(expected, Top(typed));

    [Fact]
    public void Slashes_alone_find_nothing() => Assert.Empty(ShippedIndex.Instance.Search(" / // /"));

    [Theory]
    [InlineData("softw")]
    [InlineData("software develo")]
    public void The_last_word_still_being_typed_matches_as_a_prefix(string typed) =>
        Assert.Contains(ShippedIndex.Instance.Search(typed, 3), m => m.Uri == SoftwareDeveloper);

    [Fact]
    public void A_match_keeps_its_evidence_and_a_score_between_zero_and_one()
    {
        var match = ShippedIndex.Instance.Search("Electrican", 1).Single();

        Assert.Equal("electrician", match.Title);
        Assert.Equal(["Electrican"], match.MatchedWords);
        Assert.False(string.IsNullOrEmpty(match.MatchedLabel));
        Assert.Equal("7411", match.IscoGroup);
        Assert.InRange(match.Score, 0.01, 1);
    }

    [Fact]
    public void Results_are_ranked_best_first_and_the_same_every_time()
    {
        var first = ShippedIndex.Instance.Search("manager", 20);
        var second = ShippedIndex.Instance.Search("manager", 20);

        Assert.Equal(20, first.Count);
        Assert.Equal(first.Select(m => m.Uri), second.Select(m => m.Uri));
        Assert.Equal(first.Select(m => m.Score).OrderDescending(), first.Select(m => m.Score));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("!!! ??? ---")]
    [InlineData("zzqxv")]
    [InlineData("\u0000\uFFFF\uD83D\uDE00")]
    [InlineData("the of and")]
    public void Blank_or_unrecognisable_text_finds_nothing(string? typed) => Assert.Empty(ShippedIndex.Instance.Search(typed, 10));

    [Fact]
    public void Very_long_text_is_searched_without_error()
    {
        var text = "software developer " + string.Concat(Enumerable.Repeat("zz ", 50_000));

        Assert.Equal(SoftwareDeveloper, Top(text));
        Assert.Empty(ShippedIndex.Instance.Search(new string('x', 100_000), 10));
    }
}
