using CareerNavigator.Tests.Occupations;

namespace CareerNavigator.Tests.Api.Occupations;

/// <summary>The API app over a database holding the real ESCO sample (five occupations with all their skills).</summary>
public sealed class OccupationApiApp : ApiApp
{
    // Every test client shares one address; the rate-limit tests set a small budget of their own.
    protected override (string Key, string? Value)[] Settings => [("Api:AnonymousRequestsPerWindow", "1000")];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        await EscoSample.SeedAsync(db);
    }
}
