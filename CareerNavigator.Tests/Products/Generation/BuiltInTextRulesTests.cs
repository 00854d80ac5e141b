using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary>The small text rules the built-in generator relies on.</summary>
public sealed class BuiltInTextRulesTests
{
    [Theory]
    [InlineData("Go", "go", true)]
    [InlineData("Google Sheets", "go", false)]
    [InlineData("Python (pandas)", "python", true)]
    [InlineData("Hypothesis testing", "statistic", false)]
    [InlineData("Applied statistics", "statistic", true)]
    [InlineData("C#", "c#", true)]
    [InlineData("Basic tech troubleshooting", "troubleshoot", true)]
    public void Skill_evidence_matches_at_word_starts_and_short_phrases_as_whole_words(string text, string phrase, bool expected) =>
        Assert.Equal(expected, SkillEvidence.Mentions(text, phrase));

    [Fact]
    public void Fitting_text_never_exceeds_the_limit_and_keeps_short_text_whole()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 500)) + new string('x', 300);

        foreach (var limit in new[] { 5, 100, 220, 2_000, 2_600 })
        {
            Assert.InRange(TextFit.Fit(text, limit).Length, 1, limit);
        }
        Assert.Equal("short", TextFit.Fit("short", 220));
        Assert.EndsWith("…", TextFit.Fit(text, 220));
    }

    [Fact]
    public void A_quoted_goal_opens_with_whole_sentences_of_some_substance()
    {
        Assert.Equal("Not sure yet. I like music and helping people and would try both before choosing.",
            TextFit.Opening("Not sure yet. I like music and helping people and would try both before choosing. Later maybe more."));
    }

    [Theory]
    [InlineData("Dublin, Ireland", "Dublin", "Ireland", false)]
    [InlineData("Remote (EU)", null, null, true)]
    [InlineData("Ireland", null, "Ireland", false)]
    [InlineData("Atlantis", "Atlantis", null, false)]
    [InlineData("London, UK", "London", "United Kingdom", false)]
    public void Places_are_read_as_city_country_or_remote(string text, string? city, string? country, bool remote)
    {
        var place = Place.Parse(text);

        Assert.Equal((city, country, remote), (place.City, place.Country?.Name, place.IsRemote));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData(" Ana Silva ", "Ana Silva")]
    public void The_name_is_the_profiles_name_field_and_nothing_else(string? fullName, string? expected)
    {
        // A CV text and a LinkedIn export that both name someone: neither is read for a name.
        var profile = new UserProfile
        {
            FullName = fullName, CvContent = "JOHN O'NEILL\nEngineer", LinkedinProfileData = "{\"first_name\":\"John\",\"last_name\":\"Smith\"}",
        };
        var facts = new ProfileFacts(new GenerationInput(1, UserGroup.ExperiencedContinuing, profile, [], [], []));

        Assert.Equal(expected, facts.Name);
    }
}
