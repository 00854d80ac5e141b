using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.Cv;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Admin;

/// <summary>
/// The WHERE and ORDER BY of the admin user browser. PostgreSQL matches text with ILIKE (served by the trigram
/// indexes of the AdminConsole migration); SQLite with LIKE, which is case-insensitive for ASCII there.
/// </summary>
internal static class UserSearchFilters
{
    public static IQueryable<User> Filter(CareerNavigatorDbContext db, UserSearchQuery query) =>
        MatchText(db, FilterExceptText(db, query), query);

    /// <summary>The search text's condition alone (none when there is no text).</summary>
    public static IQueryable<User> MatchText(CareerNavigatorDbContext db, IQueryable<User> users, UserSearchQuery query) =>
        query.Fragment is not { } fragment ? users
        : query.IsPrefixSearch ? StartsWith(users, fragment)
        : Contains(users, fragment, db.Database.IsNpgsql());

    /// <summary>Every filter but the search text.</summary>
    public static IQueryable<User> FilterExceptText(CareerNavigatorDbContext db, UserSearchQuery query)
    {
        var users = db.Users.AsNoTracking();
        if (query.Group is { } group)
        {
            users = users.Where(u => u.UserGroup == group);
        }
        if (query.OnboardingComplete is { } complete)
        {
            // Plain EXISTS / NOT EXISTS (not "EXISTS(...) = @flag") so that PostgreSQL can plan a semi- or anti-join.
            users = complete
                ? users.Where(u => db.OnboardingProgress.Any(p => p.UserId == u.Id && p.CompletedAt != null))
                : users.Where(u => !db.OnboardingProgress.Any(p => p.UserId == u.Id && p.CompletedAt != null));
        }
        if (query.HasActiveCv is { } hasCv)
        {
            users = hasCv
                ? users.Where(u => db.GeneratedProducts.Any(g => g.UserId == u.Id && g.ProductType == CvDescriptor.Kind && g.IsActive))
                : users.Where(u => !db.GeneratedProducts.Any(g => g.UserId == u.Id && g.ProductType == CvDescriptor.Kind && g.IsActive));
        }
        if (query.CreatedFrom is { } from)
        {
            users = users.Where(u => u.CreatedAt >= from);
        }
        if (query.CreatedBefore is { } before)
        {
            users = users.Where(u => u.CreatedAt < before);
        }
        return users;
    }

    /// <summary>Rows after the cursor, in the query's order; (sort value, id) is unique, so no row is skipped or repeated.</summary>
    public static IQueryable<User> After(IQueryable<User> users, UserSearchQuery query, UserSearchCursor cursor)
    {
        var id = cursor.Id;
        return (query.Sort, query.Descending) switch
        {
            (UserSortField.Email, false) => users.Where(u => string.Compare(u.Email, cursor.Email) >= 0 && (string.Compare(u.Email, cursor.Email) > 0 || u.Id > id)),
            (UserSortField.Email, true) => users.Where(u => string.Compare(u.Email, cursor.Email) <= 0 && (string.Compare(u.Email, cursor.Email) < 0 || u.Id < id)),
            (UserSortField.Created, false) => users.Where(u => u.CreatedAt >= cursor.Time && (u.CreatedAt > cursor.Time || u.Id > id)),
            (UserSortField.Created, true) => users.Where(u => u.CreatedAt <= cursor.Time && (u.CreatedAt < cursor.Time || u.Id < id)),
            (UserSortField.Updated, false) => users.Where(u => u.UpdatedAt >= cursor.Time && (u.UpdatedAt > cursor.Time || u.Id > id)),
            (UserSortField.Updated, true) => users.Where(u => u.UpdatedAt <= cursor.Time && (u.UpdatedAt < cursor.Time || u.Id < id)),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Sort, null),
        };
    }

    public static IQueryable<User> Order(IQueryable<User> users, UserSearchQuery query) => (query.Sort, query.Descending) switch
    {
        (UserSortField.Email, false) => users.OrderBy(u => u.Email).ThenBy(u => u.Id),
        (UserSortField.Email, true) => users.OrderByDescending(u => u.Email).ThenByDescending(u => u.Id),
        (UserSortField.Created, false) => users.OrderBy(u => u.CreatedAt).ThenBy(u => u.Id),
        (UserSortField.Created, true) => users.OrderByDescending(u => u.CreatedAt).ThenByDescending(u => u.Id),
        (UserSortField.Updated, false) => users.OrderBy(u => u.UpdatedAt).ThenBy(u => u.Id),
        (UserSortField.Updated, true) => users.OrderByDescending(u => u.UpdatedAt).ThenByDescending(u => u.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(query), query.Sort, null),
    };

    private static IQueryable<User> StartsWith(IQueryable<User> users, string fragment)
    {
        // Identity normalises with ToUpperInvariant; the prefix index is on normalized_email.
        var pattern = LikePattern.StartsWith(fragment.ToUpperInvariant());
        return users.Where(u => EF.Functions.Like(u.NormalizedEmail!, pattern, LikePattern.Escape));
    }

    private static IQueryable<User> Contains(IQueryable<User> users, string fragment, bool postgres)
    {
        var pattern = LikePattern.Contains(fragment);
        return postgres
            ? users.Where(u => EF.Functions.ILike(u.Email!, pattern, LikePattern.Escape) || EF.Functions.ILike(u.UserName!, pattern, LikePattern.Escape))
            : users.Where(u => EF.Functions.Like(u.Email!, pattern, LikePattern.Escape) || EF.Functions.Like(u.UserName!, pattern, LikePattern.Escape));
    }
}
