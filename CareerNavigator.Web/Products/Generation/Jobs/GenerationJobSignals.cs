using System.Collections.Concurrent;
using CareerNavigator.Data;
using CareerNavigator.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Generation.Jobs;

/// <summary>
/// "This job's row changed": raised by the run after every progress save and when it ends, so a page following the
/// job reads the row at once instead of at its next poll. Within one instance the signal is a call; across instances
/// (PostgreSQL) it is a <c>NOTIFY</c> on <see cref="Channel"/> that every instance's <see cref="GenerationJobListener"/>
/// hears. A lost signal costs the page one poll interval, nothing more.
/// </summary>
public sealed class GenerationJobSignals(DatabaseConnection connection, ILogger<GenerationJobSignals> logger)
{
    public const string Channel = "generation_jobs";

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<object, Action>> _followers = new();

    /// <summary>Calls <paramref name="changed"/> whenever the job's row changes, until the result is disposed.</summary>
    public IDisposable Follow(Guid jobId, Action changed)
    {
        var key = new object();
        _followers.GetOrAdd(jobId, _ => new()).TryAdd(key, changed);
        return new Unfollow(() =>
        {
            if (_followers.TryGetValue(jobId, out var followers) && followers.TryRemove(key, out _) && followers.IsEmpty)
            {
                _followers.TryRemove(new KeyValuePair<Guid, ConcurrentDictionary<object, Action>>(jobId, followers));
            }
        });
    }

    /// <summary>Tells this instance's followers, and on PostgreSQL every other instance's, that the row changed.</summary>
    public async Task RaiseAsync(CareerNavigatorDbContext db, Guid jobId)
    {
        Raise(jobId);
        if (connection.Provider != DatabaseProvider.Postgres)
        {
            return;
        }
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {jobId.ToString("N")})");
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Could not notify the followers of generation job {JobId}", jobId);
        }
    }

    /// <summary>Tells this instance's followers (a notification from another instance arrives here too).</summary>
    public void Raise(Guid jobId)
    {
        if (_followers.TryGetValue(jobId, out var followers))
        {
            foreach (var changed in followers.Values)
            {
                try
                {
                    changed();
                }
                catch (Exception ex)
                {
                    // A page that went away meanwhile; the run must not fail for it.
                    logger.LogDebug(ex, "A follower of generation job {JobId} failed", jobId);
                }
            }
        }
    }

    private sealed class Unfollow(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
