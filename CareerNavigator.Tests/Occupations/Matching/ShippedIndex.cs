using CareerNavigator.Web.Occupations.Esco;
using CareerNavigator.Web.Occupations.Matching;

namespace CareerNavigator.Tests.Occupations.Matching;

/// <summary>The index over the shipped ESCO download, built once per test run and shared, as the app shares its singleton.</summary>
internal static class ShippedIndex
{
    private static readonly Lazy<OccupationIndex> Index = new(() =>
    {
        var archive = EscoArchive.Open(EscoArchive.ShippedFolder);
        return OccupationIndex.Build(archive.Occupations(), archive.Skills());
    });

    public static OccupationIndex Instance => Index.Value;
}
