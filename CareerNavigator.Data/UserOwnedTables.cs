using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerNavigator.Data;

/// <summary>One table that holds a user's rows: the users table itself, or a table reached from it by foreign keys.</summary>
/// <param name="EntityType">The table's entity type.</param>
/// <param name="ForeignKey">The key to its parent table (null for <c>users</c>).</param>
public sealed record UserOwnedTable(IEntityType EntityType, IForeignKey? ForeignKey)
{
    public string Name => EntityType.GetTableName()!;
}

/// <summary>
/// Every table in which a user has rows, found from the model rather than listed by hand: <c>users</c>, every table
/// with a foreign key to it, and every table with a foreign key to one of those, parents before children. A table
/// added later is covered by the personal-data export and the deletion checks without anyone remembering it.
/// </summary>
public static class UserOwnedTables
{
    public static IReadOnlyList<UserOwnedTable> Of(IModel model)
    {
        var users = model.FindEntityType(typeof(User))!;
        var tables = new List<UserOwnedTable> { new(users, null) };
        var reached = new HashSet<IEntityType> { users };
        for (var i = 0; i < tables.Count; i++)
        {
            var parent = tables[i].EntityType;
            foreach (var foreignKey in parent.GetReferencingForeignKeys().OrderBy(k => k.DeclaringEntityType.GetTableName()))
            {
                var child = foreignKey.DeclaringEntityType;
                if (child.GetTableName() is not null && reached.Add(child))
                {
                    tables.Add(new UserOwnedTable(child, foreignKey));
                }
            }
        }
        return tables;
    }

    /// <summary>The rows of <paramref name="userId"/> in each table, in <see cref="Of"/>'s order.</summary>
    public static async Task<IReadOnlyList<(UserOwnedTable Table, IReadOnlyList<object> Rows)>> LoadAsync(
        DbContext db, int userId, CancellationToken cancellationToken = default)
    {
        var result = new List<(UserOwnedTable, IReadOnlyList<object>)>();
        var keysByType = new Dictionary<IEntityType, List<int>>();
        foreach (var table in Of(db.Model))
        {
            var (column, ids) = table.ForeignKey is { } key
                ? (key.Properties.Single().Name, keysByType.GetValueOrDefault(key.PrincipalEntityType, []))
                : (nameof(User.Id), [userId]);
            var rows = await RowsAsync(db, table.EntityType.ClrType, column, ids, cancellationToken);
            result.Add((table, rows));

            if (table.EntityType.FindPrimaryKey() is { Properties: [{ ClrType: var type } idProperty] } && type == typeof(int))
            {
                keysByType[table.EntityType] = rows.Select(row => (int)idProperty.GetGetter().GetClrValue(row)!).ToList();
            }
        }
        return result;
    }

    private static Task<IReadOnlyList<object>> RowsAsync(
        DbContext db, Type clrType, string column, List<int> ids, CancellationToken cancellationToken) =>
        (Task<IReadOnlyList<object>>)typeof(UserOwnedTables)
            .GetMethod(nameof(TypedRowsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(clrType)
            .Invoke(null, [db, column, ids, cancellationToken])!;

    private static async Task<IReadOnlyList<object>> TypedRowsAsync<T>(
        DbContext db, string column, List<int> ids, CancellationToken cancellationToken) where T : class =>
        ids.Count == 0
            ? []
            : await db.Set<T>().AsNoTracking()
                .Where(row => ids.Contains(EF.Property<int>(row, column)))
                .Cast<object>()
                .ToListAsync(cancellationToken);
}
