using CareerNavigator.Data;

namespace CareerNavigator.Web.Admin;

/// <summary>How many rows of each table belong to one user: recorded in the audit entry of a deletion.</summary>
public sealed record UserRowCounts(IReadOnlyDictionary<string, int> PerTable)
{
    public string Describe() => "Deleted rows: " + string.Join(", ", PerTable.Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value}"));
}

internal static class AdminUserRows
{
    /// <summary>Counted over every table that holds user rows, found from the model (<see cref="UserOwnedTables"/>).</summary>
    public static async Task<UserRowCounts> CountAsync(CareerNavigatorDbContext db, int userId, CancellationToken cancellationToken) =>
        new((await UserOwnedTables.LoadAsync(db, userId, cancellationToken)).ToDictionary(t => t.Table.Name, t => t.Rows.Count));
}
