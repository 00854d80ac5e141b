using CareerNavigator.Tests.Occupations.Matching;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Occupations.Targets;

namespace CareerNavigator.Tests.Occupations.Targets;

/// <summary>Occupations read from a person's own goal sentences: only those a clause names, in the order they are mentioned.</summary>
public sealed class GoalReadingTests
{
    private static IReadOnlyList<string> Read(params string?[] goals) =>
        [.. GoalReading.Occupations(ShippedIndex.Instance, goals, CareerTargetFinder.MaxTargets).Select(o => o.Match.Title)];

    [Fact]
    public void A_goal_sentence_that_names_an_occupation_gives_it_with_the_clause()
    {
        var found = GoalReading.Occupations(ShippedIndex.Instance, ["Move from teaching chemistry into a data analyst role, starting in education."], 3);

        var (match, clause) = Assert.Single(found);
        Assert.Equal("data analyst", match.Title);
        Assert.Equal("Move from teaching chemistry into a data analyst role", clause);
    }

    [Fact]
    public void Several_fields_are_read_in_the_order_they_are_mentioned_and_a_field_names_its_worker()
    {
        var kacper = DemoPersonas.All.Single(p => p.Email.StartsWith("kacper", StringComparison.Ordinal)).Profile();

        var found = Read(kacper.CareerGoals, kacper.ShortTermGoals, kacper.LongTermGoals);

        Assert.Equal(3, found.Count);
        Assert.Equal("audio production technician", found[0]);
        Assert.StartsWith("ICT help desk", found[1]);
        Assert.Equal("youth worker", found[2]);
    }

    [Theory]
    [InlineData("Not sure yet — I'd like a stable job I enjoy.")]
    [InlineData("Work in Ireland or the United Kingdom within 5 years.")]
    [InlineData("Grow from senior backend engineer to staff engineer.")]
    [InlineData("")]
    [InlineData(null)]
    public void Goals_that_name_no_occupation_word_for_word_give_none(string? goal) => Assert.Empty(Read(goal));

    [Fact]
    public void At_most_the_asked_number_and_each_occupation_once()
    {
        var found = GoalReading.Occupations(ShippedIndex.Instance, ["data analyst; data analyst; sound engineering; youth centre; IT help desk"], 2);

        Assert.Equal(["data analyst", "audio production technician"], found.Select(f => f.Match.Title));
    }
}
