using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Profiles;

/// <summary>
/// A change that names the version it started from (the API's If-Match): the row read must be that version, and the
/// saving statement names the version read (<c>updated_at</c> is a concurrency token), so a write landing between the
/// read and the save fails the save instead of being overwritten. Either way the answer is <see cref="RecordChangedException"/>.
/// A change that names no version (a page saving its section, a wizard draft and its "Save and continue" in flight at
/// once) replaces its own fields on whatever version is newest: <see cref="OnNewestAsync{T}"/> reads and applies it again.
/// </summary>
public static class VersionedSave
{
    /// <summary>How often a change naming no version is applied again while other writes keep landing first.</summary>
    private const int NewestAttempts = 5;

    /// <summary>
    /// Runs a read, change and save. With a version named, a row that moved on is the caller's answer; without one, the
    /// whole read, change and save runs again on the row as it is now.
    /// </summary>
    public static async Task<T> OnNewestAsync<T>(DateTime? expected, Func<Task<T>> readChangeSave)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await readChangeSave();
            }
            catch (RecordChangedException) when (expected is null && attempt < NewestAttempts)
            {
            }
        }
    }

    /// <summary>Refuses a change that started from another version than the row read (none named: any version).</summary>
    public static void EnsureStartedFrom(DateTime? expected, DateTime read, string what)
    {
        if (expected is { } version && !SameVersion(version, read))
        {
            throw new RecordChangedException(what);
        }
    }

    /// <summary>Saves the context; a row that moved on since it was read (0 rows updated) is <see cref="RecordChangedException"/>.</summary>
    public static async Task SaveAsync(DbContext db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RecordChangedException(what);
        }
    }

    /// <summary>To the microsecond, all PostgreSQL keeps: a time from a saved entity equals the same time read back.</summary>
    public static bool SameVersion(DateTime expected, DateTime stored) => expected.Ticks / 10 == stored.Ticks / 10;
}
