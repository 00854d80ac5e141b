using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerNavigator.Web.Database;

/// <summary>
/// Recognises a foreign-key violation on either provider: a row another row still names (a sent version) was to be
/// deleted, or a row to be named was deleted meanwhile. Bulk statements (ExecuteDelete) throw the provider's exception
/// itself, SaveChanges wraps it in a <see cref="DbUpdateException"/>; both are recognised.
/// </summary>
public static class ForeignKeyViolation
{
    private const int SqliteConstraintForeignKey = 787;

    public static bool Is(Exception exception) => (exception is DbUpdateException { InnerException: { } inner } ? inner : exception) switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintForeignKey,
        _ => false,
    };
}
