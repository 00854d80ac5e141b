using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Profiles;

/// <summary>
/// A change that names the version it started from (the API's If-Match): the row read must be that version, and the
/// saving statement names the version read (<c>updated_at</c> is a concurrency token), so a write landing between the
/// read and the save fails the save instead of being overwritten. Either way the answer is <see cref="RecordChangedException"/>.
/// </summary>
public static class VersionedSave
{
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
