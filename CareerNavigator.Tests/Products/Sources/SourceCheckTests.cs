using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Products.Generation.Llm;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Products.Generation.BuiltIn;
using CareerNavigator.Web.Products.Sources;
using CareerNavigator.Web.Products.Types.CoverLetter;
using CareerNavigator.Web.Products.Types.Cv;

namespace CareerNavigator.Tests.Products.Sources;

/// <summary>The source check on its own: what it traces, what it marks, and that the built-in documents pass it whole.</summary>
public sealed class SourceCheckTests
{
    public static TheoryData<int> Personas => [.. Enumerable.Range(0, DemoPersonas.All.Count)];

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task Every_fact_of_a_built_in_CV_and_cover_letter_is_traced(int persona)
    {
        var input = TestInputs.Persona(persona);
        var letterInput = input with { Application = TestInputs.Brief(input) };
        var generator = new BuiltInProductGenerator();

        var cv = (await generator.GenerateAsync(input, ProductType.Cv, null, CancellationToken.None)).Content;
        var letter = (await generator.GenerateAsync(letterInput, ProductType.CoverLetter, null, CancellationToken.None)).Content;

        Assert.Empty(SourceCheck.Unsupported(cv, SourceEvidence.Of(input)).Select(Describe));
        Assert.Empty(SourceCheck.Unsupported(letter, SourceEvidence.Of(letterInput)).Select(Describe));
        Assert.NotEmpty(SourceCheck.Facts(cv));
    }

    [Fact]
    public void A_letter_with_one_invented_fact_of_each_kind_has_each_marked_and_nothing_else()
    {
        var input = TestInputs.Persona(0);
        var job = input.Jobs[0];
        var letter = Letter(
            $"I currently work as {job.Position} at {job.CompanyName}.",
            "Before that I worked as Chief Data Officer at Globex Corporation, where I cut costs by 37%.",
            "I studied at Springfield University and hold a Master of Science in Astrophysics.",
            "I am proficient in COBOL, and in 2011 I won the Golden Ledger Award for reporting.");

        var claims = SourceCheck.Unsupported(letter, SourceEvidence.Of(input));

        Assert.Equal(
            [
                (ClaimKind.Employer, "Globex Corporation"), (ClaimKind.Title, "Chief Data Officer"), (ClaimKind.School, "Springfield University"),
                (ClaimKind.Degree, "Master of Science in Astrophysics"), (ClaimKind.Skill, "COBOL"), (ClaimKind.Number, "37"),
                (ClaimKind.Date, "2011"), (ClaimKind.Award, "Golden Ledger Award"),
            ],
            claims.Select(c => (c.Kind, c.Text)).OrderBy(c => c.Kind).ToList());
        Assert.All(claims, c => Assert.StartsWith("Paragraph ", c.Place));
        Assert.Contains(claims, c => c.Sentence.StartsWith("Before that I worked as Chief Data Officer", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fact_the_user_confirmed_is_traced_and_a_skill_is_never_traced_to_the_advert()
    {
        var input = TestInputs.Persona(0);
        var brief = TestInputs.Brief(input) with { AdvertText = "We use COBOL daily. Our team won the Globex prize." };
        var letter = Letter("I am proficient in COBOL.", "I led analytics at Kestrel Logistics.");

        var withAdvert = SourceCheck.Unsupported(letter, SourceEvidence.Of(input with { Application = brief }));
        Assert.Equal([(ClaimKind.Skill, "COBOL")], withAdvert.Select(c => (c.Kind, c.Text)));

        var confirmed = input with { Application = brief, ConfirmedFacts = [(ClaimKind.Skill, "cobol")] };
        Assert.Empty(SourceCheck.Unsupported(letter, SourceEvidence.Of(confirmed)));
    }

    [Fact]
    public async Task A_CV_entry_whose_employer_or_dates_are_not_the_records_is_marked()
    {
        var input = TestInputs.Persona(1);
        var cv = (CvContent)(await new BuiltInProductGenerator().GenerateAsync(input, ProductType.Cv, null, CancellationToken.None)).Content;
        var first = cv.Experience[0];
        var changed = cv with
        {
            Experience =
            [
                first with { StartDate = first.StartDate.AddYears(-3) },
                first with { Employer = "Initech Systems", Achievements = [], Description = null },
                .. cv.Experience.Skip(1),
            ],
            Skills = [.. cv.Skills, "Quantum annealing"],
        };

        var claims = SourceCheck.Unsupported(changed, SourceEvidence.Of(input));

        Assert.Contains(claims, c => c.Kind == ClaimKind.Date && c.Place.EndsWith($"at {first.Employer}", StringComparison.Ordinal));
        Assert.Contains(claims, c => (c.Kind, c.Text) == (ClaimKind.Employer, "Initech Systems"));
        Assert.Contains(claims, c => (c.Kind, c.Text) == (ClaimKind.Skill, "Quantum annealing"));
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Title);
    }

    [Theory]
    [InlineData("Revenue grew 87% in a year.", "87")]
    [InlineData("Managed a budget of €2,345,000.", "2,345,000")]
    [InlineData("Led a team of 29 people.", "29")]
    public void Numbers_are_found_wherever_they_stand_and_traced_only_to_the_same_number(string sentence, string number)
    {
        var input = TestInputs.Persona(0);
        var claim = Assert.Single(SourceCheck.Unsupported(Letter(sentence), SourceEvidence.Of(input)));
        Assert.Equal((ClaimKind.Number, number), (claim.Kind, claim.Text));
    }

    [Theory]
    [InlineData("I speak English at C1 and use Python 3 daily.")]
    [InlineData("Thank you for considering my application.")]
    [InlineData("I would welcome the chance to talk about the role.")]
    public void Sentences_without_facts_have_no_claims(string sentence) =>
        Assert.Empty(SourceCheck.Unsupported(Letter(sentence), SourceEvidence.Of(TestInputs.Persona(0))));

    private static string Describe(FoundClaim claim) => $"{claim.Kind}: {claim.Text} — {claim.Sentence} ({claim.Place})";

    private static CoverLetterContent Letter(params string[] paragraphs) => SourceClaimsTests.Letter(paragraphs);
}
