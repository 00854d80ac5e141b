using CareerNavigator.Web.Occupations.Esco;

namespace CareerNavigator.Tests.Occupations;

/// <summary>The shipped ESCO download read as ESCO publishes it: every occupation, skill and relation, labels split per line.</summary>
public sealed class EscoArchiveTests
{
    private static readonly EscoArchive Shipped = EscoArchive.Open(EscoArchive.ShippedFolder);

    [Fact]
    public void The_shipped_download_is_ESCO_1_1_1_in_English_with_every_row()
    {
        Assert.Equal("en", Shipped.Language);
        Assert.Equal("1.1.1", Shipped.Version);
        Assert.Equal(3_007, Shipped.Occupations().Count());
        Assert.Equal(13_896, Shipped.Skills().Count());
        Assert.Equal(123_855, Shipped.Relations().Count());
        Assert.Contains(Shipped.IscoGroups(), g => g is { Code: "2512", PreferredLabel: "Software developers" });
    }

    [Fact]
    public void Alternative_labels_are_one_per_line_and_the_isco_group_is_kept()
    {
        var developer = Shipped.Occupations().Single(o => o.Uri == "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1");

        Assert.Equal("software developer", developer.PreferredLabel);
        Assert.Equal("2512", developer.IscoGroup);
        Assert.Contains("software engineer", developer.AltLabels);
        Assert.All(developer.AltLabels, label => Assert.DoesNotContain('\n', label));
        Assert.True(developer.Released);
    }

    [Fact]
    public void A_folder_without_the_two_downloads_is_refused_naming_what_is_missing()
    {
        var folder = Directory.CreateTempSubdirectory("esco-empty").FullName;
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => EscoArchive.Open(folder));

            Assert.Contains("no classification", error.Message);
            Assert.Contains("no relations", error.Message);
            Assert.Throws<InvalidDataException>(() => EscoArchive.Open(Path.Combine(folder, "absent")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
