using CareerNavigator.Tests.Occupations.Matching;
using CareerNavigator.Web.Applications.Matching;
using CareerNavigator.Web.Applications.Matching.Reading;
using CareerNavigator.Web.Applications.Matching.Requirements.Education;
using CareerNavigator.Web.Applications.Matching.Requirements.Experience;
using CareerNavigator.Web.Applications.Matching.Requirements.Languages;
using CareerNavigator.Web.Applications.Matching.Requirements.Licences;
using CareerNavigator.Web.Applications.Matching.Requirements.Skills;

namespace CareerNavigator.Tests.Applications.Matching;

/// <summary>How the built-in reader takes the advert's wording: headings, marker words, and each kind's values.</summary>
public sealed class AdvertReaderTests
{
    private static IReadOnlyList<AdvertRequirement> Read(string advert) => AdvertReader.Read(advert, ShippedIndex.Instance).Requirements;

    private static Importance? ImportanceOf(string advert, string words) =>
        Read(advert).FirstOrDefault(r => r.Quote.Text.Contains(words, StringComparison.Ordinal))?.Importance;

    [Fact]
    public void A_heading_decides_for_the_lines_under_it_and_duties_and_benefits_ask_nothing()
    {
        const string advert = "Analyst\n\nWhat you'll do\n- Use Docker every day\n\nRequirements\n- Kubernetes\n\nNice to have\n- Terraform\n\nWhat we offer\n- A Jira licence of your own\n";

        var read = Read(advert);

        Assert.Equal([("Kubernetes", Importance.Required), ("Terraform", Importance.Preferred)], read.Select(r => (r.Quote.Text, r.Importance)));
    }

    [Theory]
    [InlineData("Docker is a plus.", Importance.Preferred)]
    [InlineData("Docker would be an advantage.", Importance.Preferred)]
    [InlineData("Ideally you know Docker.", Importance.Preferred)]
    [InlineData("Docker is preferred but not essential.", Importance.Preferred)]
    [InlineData("You must know Docker.", Importance.Required)]
    [InlineData("Docker is essential.", Importance.Required)]
    [InlineData("You'll need Docker.", Importance.Required)]
    public void A_clause_s_own_words_decide_without_a_heading(string sentence, Importance expected) =>
        Assert.Equal(expected, ImportanceOf($"Engineer\n\nAbout the job\n{sentence}\n", "Docker"));

    [Theory]
    [InlineData("A degree in marketing is not required.")]
    [InlineData("Docker is not essential.")]
    [InlineData("We are looking for a Docker engineer to join our team.")]
    [InlineData("If you need Docker training at any stage, tell us.")]
    public void What_the_advert_says_is_not_needed_or_only_names_the_role_asks_nothing(string sentence) =>
        Assert.Empty(Read($"Engineer\n\nRequirements\n{sentence}\n"));

    [Fact]
    public void What_others_need_in_a_duty_asks_nothing_of_the_candidate() =>
        Assert.Empty(Read("Engineer\n\nWhat you will do\n- Work with the planning team on the Docker features their models need\n"));

    [Fact]
    public void A_clause_takes_the_marker_before_it_and_a_reason_asks_nothing()
    {
        var read = Read("Agent\n\nYour profile\n* 1–2 years of experience in customer support, ideally in travel\n* Speaking Polish would be an advantage, as many customers speak German\n");

        var experience = read.OfType<ExperienceRequirement>().ToList();
        Assert.Equal([(1, Importance.Required), ((int?)null, Importance.Preferred)], experience.Select(e => (e.Years, e.Importance)));
        Assert.Equal("travel", Assert.Single(experience[1].Subjects).Words);
        Assert.Equal(["Polish"], read.OfType<LanguageRequirement>().Select(l => l.Alternatives[0].Language));
    }

    [Fact]
    public void Languages_keep_the_level_stated_beside_each_and_alternatives_stay_together()
    {
        var read = Read("Agent\n\nRequirements\n- German at native or C2 level and English at C1 level are a must\n- Fluent English and Spanish (minimum C1)\n- French or Italian (B1 or higher)\n- Good written English\n")
            .OfType<LanguageRequirement>().Select(l => string.Join('|', l.Alternatives.Select(a => $"{a.Language} {a.Level}".Trim()))).ToList();

        Assert.Equal(["German C2", "English C1", "Spanish C1", "French B1|Italian B1"], read);
    }

    [Theory]
    [InlineData("2+ years of experience in a data analyst role", 2, "data analyst")]
    [InlineData("at least two years' experience in an accounts or bookkeeping role", 2, "accounts|bookkeeping")]
    [InlineData("1–2 years of experience in customer support", 1, "customer support")]
    [InlineData("Minimum 5 years' experience as a site manager on residential developments", 5, "site manager")]
    [InlineData("at least 2 years' Class 1 experience", 2, "Class 1")]
    [InlineData("Experience in retail or FMCG", null, "retail|FMCG")]
    public void Experience_keeps_the_fewest_years_and_what_it_is_in(string line, int? years, string subjects)
    {
        var experience = Assert.Single(Read($"Role\n\nRequirements\n- {line}\n").OfType<ExperienceRequirement>());

        Assert.Equal(years, experience.Years);
        Assert.Equal(subjects, string.Join('|', experience.Subjects.Select(s => s.Words)));
    }

    [Fact]
    public void Experience_of_an_activity_is_a_skill()
    {
        var read = Read("Nurse\n\nEssential\n- Experience of wound care\n");

        Assert.Empty(read.OfType<ExperienceRequirement>());
        Assert.Single(read.OfType<SkillRequirement>());
    }

    [Theory]
    [InlineData("hold a full UK Category C+E driving licence", "CE")]
    [InlineData("Full UK driving licence (Category B)", "B")]
    [InlineData("A full driving licence", "B")]
    [InlineData("HGV Class 2 licence", "C")]
    public void A_driving_licence_is_read_with_its_category(string line, string category) =>
        Assert.Equal(category, Assert.Single(Read($"Driver\n\nRequirements\n- {line}\n").OfType<LicenceRequirement>()).DrivingCategory);

    [Fact]
    public void Named_licences_and_registrations_keep_the_words_that_name_them()
    {
        var names = Read("Role\n\nRequirements\n- SMSTS certificate and CSCS Black Card\n- Registered Nurse with current NMC registration\n- Studying towards ACCA or AAT\n- A forklift licence\n")
            .OfType<LicenceRequirement>().Select(l => string.Join('|', l.Names)).ToList();

        Assert.Equal(["SMSTS certificate", "CSCS Black Card", "NMC registration", "ACCA|AAT", "forklift licence"], names);
    }

    [Theory]
    [InlineData("Degree or diploma in adult nursing", EducationLevel.Vocational, "adult nursing")]
    [InlineData("PhD in microbiology, soil science, ecology or a closely related field", EducationLevel.Doctorate, "microbiology|soil science|ecology")]
    [InlineData("A computer science degree", EducationLevel.Bachelor, "computer science")]
    [InlineData("An MSc in Statistics", EducationLevel.Master, "Statistics")]
    public void Education_is_read_at_its_lowest_accepted_level_with_its_fields(string line, EducationLevel level, string fields)
    {
        var education = Assert.Single(Read($"Role\n\nRequirements\n- {line}\n").OfType<EducationRequirement>());

        Assert.Equal(level, education.Level);
        Assert.Equal(fields, string.Join('|', education.Fields));
    }

    [Fact]
    public void A_subject_taught_is_not_an_education_asked_for() =>
        Assert.Empty(Read("Teacher\n\nDesirable\n- Experience of teaching A level Biology\n").OfType<EducationRequirement>());

    [Fact]
    public void Tools_joined_by_or_and_a_kind_of_tool_with_its_examples_are_one_requirement()
    {
        var skills = Read("Analyst\n\nRequirements\n- Experience with Power BI or Tableau\n- Confident with ticketing systems such as Zendesk\n").OfType<SkillRequirement>().ToList();

        Assert.Equal(["Power BI or Tableau", "ticketing systems such as Zendesk"], skills.Select(s => s.Label));
        Assert.Contains(skills[1].Alternatives, a => a.Name == "Zendesk");
    }

    [Fact]
    public void A_requirement_said_twice_is_one_and_required_wins()
    {
        var read = Read("Developer\n\nNice to have\n- Docker\n\nRequirements\n- Docker\n");

        Assert.Equal(Importance.Required, Assert.Single(read).Importance);
    }

    [Fact]
    public void An_advert_without_a_blank_line_or_a_heading_is_still_read()
    {
        var read = Read("We need a driver with a Category C licence. Spanish is a plus.");

        Assert.Equal([RequirementKind.Licence, RequirementKind.Language], read.Select(r => r.Kind));
        Assert.Equal([Importance.Required, Importance.Preferred], read.Select(r => r.Importance));
    }
}
