using CareerNavigator.Data;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Applications.Matching.Model;
using CareerNavigator.Web.Applications.Matching.Profile;
using CareerNavigator.Web.Applications.Matching.Reading;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Applications.Matching;

/// <summary>
/// Reads an advert and matches it against the signed-in user's own records, never another user's. Reading is
/// built-in, or with the AI model when one is configured and the user asks (each such reading takes a unit of their
/// daily limit, given back when it fails); matching is always built-in, so it can be run again after every change.
/// </summary>
public sealed class AdvertMatchService(
    IDbContextFactory<CareerNavigatorDbContext> contexts,
    ICurrentUser currentUser,
    OccupationCatalog catalog,
    TimeProvider clock,
    IServiceProvider services)
{
    /// <summary>Whether <see cref="ReadWithModelAsync"/> can be offered.</summary>
    public bool CanReadWithModel => services.GetService<AdvertModelReader>() is not null;

    /// <summary>The built-in reading. Refuses an empty or over-long text with <see cref="FormValidationException"/>.</summary>
    public async Task<AdvertReading> ReadAsync(string? advert, CancellationToken cancellationToken = default)
    {
        var text = Validated(advert);
        var loaded = await catalog.GetAsync(cancellationToken);
        return AdvertReader.Read(text, loaded.Index);
    }

    /// <summary>The AI model's reading, every requirement quoting the advert; throws <see cref="GenerationFailedException"/> with a message for the user.</summary>
    public async Task<AdvertReading> ReadWithModelAsync(string? advert, CancellationToken cancellationToken = default)
    {
        var text = Validated(advert);
        var reader = services.GetService<AdvertModelReader>() ?? throw new GenerationFailedException("Reading adverts with an AI model needs one; none is configured.");
        var meter = services.GetRequiredService<ModelUsageMeter>();
        var loaded = await catalog.GetAsync(cancellationToken);
        await using var usage = await meter.TakeAsync(await currentUser.GetIdAsync(), cancellationToken);
        var reading = await reader.ReadAsync(text, loaded.Index, cancellationToken);
        usage.Keep();
        return reading;
    }

    /// <summary>The reading's requirements against the signed-in user's records as they are now.</summary>
    public async Task<AdvertMatch> MatchAsync(AdvertReading reading, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        ProfileRecords records;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            records = await ProfileRecordsReader.ForUserAsync(db, userId, cancellationToken);
        }
        var loaded = await catalog.GetAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return AdvertMatch.Of(reading, new ProfileFacts(records, loaded.Index, today));
    }

    private static string Validated(string? advert)
    {
        var form = new AdvertForm { Text = advert };
        ServerValidation.Ensure(form);
        return form.Text!;
    }
}
