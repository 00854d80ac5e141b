using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Types;
using CareerNavigator.Web.Products.Types.Cv;
using CareerNavigator.Web.Products.Types.RelocationHelp;
using CareerNavigator.Web.Products.Versions.Compare;

namespace CareerNavigator.Tests.Products.Versions;

public sealed class ContentComparerTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Comparing_two_stored_cv_versions_lists_the_known_differences_and_not_the_unchanged_fields()
    {
        var user = await VersionsFor.PersonaAsync(database, 0);
        var versions = await VersionsFor.GenerateAsync(database, user.Id, ProductType.Cv, 1);
        var service = VersionsFor.User(database, user.Id);
        var cv = ProductJson.Deserialize<CvContent>(versions[0].Content);
        var job = cv.Experience[0];
        Assert.NotEmpty(job.Achievements);
        var edited = cv with
        {
            Summary = "A new summary.",
            Experience = [job with { Achievements = ["Rewritten bullet.", .. job.Achievements.Skip(1)] }, .. cv.Experience.Skip(1)],
            Certifications = [.. cv.Certifications, new CvCertification { Name = "Scrum Master", Issuer = "Scrum.org", CompletedOn = null, CompletedPrecision = null, DurationHours = null, CertificateUrl = null }],
        };
        var saved = await service.SaveEditAsync(versions[0].Id, 1, edited);

        var comparison = await service.CompareAsync(versions[0].Id, saved.Id);

        Assert.NotNull(comparison);
        Assert.Equal(3, comparison.Differences.Count);
        Assert.Contains(new ContentDifference("Summary", null, null, DifferenceKind.Changed, cv.Summary, "A new summary."), comparison.Differences);
        Assert.Contains(new ContentDifference("Experience", $"{job.Position} at {job.Employer}", "Achievements", DifferenceKind.Changed,
            job.Achievements[0], "Rewritten bullet."), comparison.Differences);
        Assert.Contains(comparison.Differences, d => d is { Section: "Certifications", Item: "Scrum Master", Kind: DifferenceKind.Added });
        Assert.DoesNotContain(comparison.Differences, d => d.Section is "Header" or "Education" or "Skills" or "Languages");
    }

    [Fact]
    public void Identical_content_has_no_differences()
    {
        const string json = """{"summary":"x","milestones":[{"period":1,"title":"A","actions":["a","b"]}]}""";

        Assert.Empty(ContentComparer.Compare(json, json));
    }

    [Fact]
    public void A_moved_milestone_a_removed_action_and_a_reordered_list_are_each_named()
    {
        const string older = """{"milestones":[{"title":"Learn SQL","actions":["course","project"]},{"title":"Apply","actions":["ten applications"]}],"skills":["a","b"]}""";
        const string newer = """{"milestones":[{"title":"Apply","actions":["ten applications"]},{"title":"Learn SQL","actions":["course"]}],"skills":["b","a"]}""";

        var differences = ContentComparer.Compare(older, newer);

        Assert.Contains(new ContentDifference("Milestones", "Apply", null, DifferenceKind.Moved, "position 2", "position 1"), differences);
        Assert.Contains(new ContentDifference("Milestones", "Learn SQL", "Actions", DifferenceKind.Removed, "project", null), differences);
        Assert.Contains(new ContentDifference("Skills", null, null, DifferenceKind.Moved, "a, b", "b, a"), differences);
        Assert.Equal(3, differences.Count);
    }

    [Fact]
    public void An_added_and_a_removed_job_are_matched_by_employer_and_position_not_by_place_in_the_list()
    {
        const string older = """{"experience":[{"position":"Dev","employer":"Acme","end_date":null},{"position":"Intern","employer":"Initech","end_date":"2019-01-01"}]}""";
        const string newer = """{"experience":[{"position":"Lead","employer":"Globex","end_date":null},{"position":"Dev","employer":"Acme","end_date":"2024-05-01"}]}""";

        var differences = ContentComparer.Compare(older, newer);

        Assert.Contains(differences, d => d is { Item: "Lead at Globex", Kind: DifferenceKind.Added });
        Assert.Contains(differences, d => d is { Item: "Intern at Initech", Kind: DifferenceKind.Removed });
        Assert.Contains(new ContentDifference("Experience", "Dev at Acme", "End date", DifferenceKind.Added, null, "2024-05-01"), differences);
        Assert.Equal(3, differences.Count);
    }
}
