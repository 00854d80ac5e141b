using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types.Cv;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Admin;

/// <summary>
/// The admin user browser's queries: a query object in, a page and the next page's cursor out (keyset paging, so
/// a deep page costs what the first does and sign-ups during a walk neither skip nor repeat a row). Counting is
/// separate and never a full COUNT(*): callers ask once per filter change, not per page.
/// </summary>
public sealed class UserSearchService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, AdminGuard guard)
{
    public const long CountCap = 10_000;

    public async Task<UserPage> SearchAsync(UserSearchQuery query, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        Validate(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await UserSearchQueries.PageAsync(db, query, cancellationToken);
    }

    public async Task<UserCount> CountAsync(UserSearchQuery query, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        Validate(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await UserSearchQueries.CountAsync(db, query, CountCap, cancellationToken);
    }

    private static void Validate(UserSearchQuery query)
    {
        if (query.PageSize is < 1 or > UserSearchQuery.MaxPageSize)
        {
            throw new ArgumentException($"A page holds 1 to {UserSearchQuery.MaxPageSize} users.", nameof(query));
        }
        if (query.Text is { Length: > 256 })
        {
            throw new ArgumentException("Search text is at most 256 characters.", nameof(query));
        }
        if (query.CreatedFrom is { } from && query.CreatedBefore is { } before && from >= before)
        {
            throw new ArgumentException("The start of the date range must come before its end.", nameof(query));
        }
    }
}

/// <summary>The queries themselves, without the admin check: the benchmark runs exactly these.</summary>
internal static class UserSearchQueries
{
    /// <summary>How many users in sort order a search looks through before it falls back to the trigram index.</summary>
    public const int WalkBudget = 5_000;

    private sealed record PageRow(int Id, string? Email, string? UserName, UserGroup? UserGroup, DateTime CreatedAt, DateTime UpdatedAt, DateTimeOffset? LockoutEnd);

    private static Task<List<PageRow>> RowsAsync(IQueryable<User> users, UserSearchQuery query, CancellationToken cancellationToken) =>
        UserSearchFilters.Order(users, query)
            .Take(query.PageSize + 1)
            .Select(u => new PageRow(u.Id, u.Email, u.UserName, u.UserGroup, u.CreatedAt, u.UpdatedAt, u.LockoutEnd))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The fragment is rare among the newest users, so the trigram index is the way in; the planner, which guesses
    /// about 1% of rows match any fragment, would otherwise walk the sort index through most of the table when the
    /// matches are old (murphy1: 1.6 s). SET LOCAL keeps the hint to this one query.
    /// </summary>
    private static Task<List<PageRow>> RareFragmentRowsAsync(CareerNavigatorDbContext db, IQueryable<User> users, UserSearchQuery query, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return RowsAsync(users, query, cancellationToken);
        }
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_indexscan = off", cancellationToken);
            var rows = await RowsAsync(users, query, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return rows;
        });
    }

    public static async Task<UserPage> PageAsync(CareerNavigatorDbContext db, UserSearchQuery query, CancellationToken cancellationToken)
    {
        var candidates = UserSearchFilters.FilterExceptText(db, query);
        if (query.After is { } after)
        {
            candidates = UserSearchFilters.After(candidates, query, UserSearchCursor.Decode(after, query.Sort));
        }

        // A common fragment (example.org: a quarter of all users) makes the trigram bitmap fetch and sort every
        // match. So the next WalkBudget users in sort order are tried first (an index walk that stops early): if they
        // hold a full page of matches, that is the page; otherwise the fragment is rare and the trigram plan is cheap.
        var rows = query.Fragment is null ? null
            : await RowsAsync(UserSearchFilters.MatchText(db, UserSearchFilters.Order(candidates, query).Take(WalkBudget), query), query, cancellationToken);
        if (rows is null)
        {
            rows = await RowsAsync(candidates, query, cancellationToken);
        }
        else if (rows.Count <= query.PageSize)
        {
            rows = await RareFragmentRowsAsync(db, UserSearchFilters.MatchText(db, candidates, query), query, cancellationToken);
        }

        // The two flags are read for the page's ids only: as subqueries of the page query PostgreSQL plans them
        // as hashed subplans over every active CV (600 ms at 1,000,000 users) instead of 51 index probes.
        var ids = rows.Select(r => r.Id).ToList();
        var complete = (await db.OnboardingProgress.Where(p => ids.Contains(p.UserId) && p.CompletedAt != null)
            .Select(p => p.UserId).ToListAsync(cancellationToken)).ToHashSet();
        // Only the user id is read and the type is fixed to a known label, so the unknown-label filter has nothing to hide.
        var withCv = (await db.GeneratedProducts.IgnoreQueryFilters().Where(g => ids.Contains(g.UserId) && g.ProductType == CvDescriptor.Kind && g.IsActive)
            .Select(g => g.UserId).ToListAsync(cancellationToken)).ToHashSet();

        var page = rows.Take(query.PageSize)
            .Select(r => new UserRow(r.Id, r.Email!, r.UserName, r.UserGroup, r.CreatedAt, r.UpdatedAt, complete.Contains(r.Id), withCv.Contains(r.Id), AccountLock.IsDisabled(r.LockoutEnd)))
            .ToList();
        var next = rows.Count > query.PageSize ? UserSearchCursor.After(query.Sort, page[^1]).Encode() : null;
        return new UserPage(page, next, Note(query));
    }

    public static async Task<UserCount> CountAsync(CareerNavigatorDbContext db, UserSearchQuery query, long cap, CancellationToken cancellationToken)
    {
        if (IsUnfiltered(query) && db.Database.IsNpgsql())
        {
            // The planner's row estimate (kept by autovacuum/ANALYZE): instant, and labelled as an estimate.
            var estimate = await db.Database
                .SqlQueryRaw<long>("SELECT GREATEST(reltuples, 0)::bigint AS \"Value\" FROM pg_class WHERE oid = 'users'::regclass")
                .SingleAsync(cancellationToken);
            if (estimate > cap)
            {
                return new UserCount(estimate, UserCountKind.Estimate, cap);
            }
        }

        var counted = await UserSearchFilters.Filter(db, query).Take((int)cap + 1).LongCountAsync(cancellationToken);
        return counted > cap ? new UserCount(cap, UserCountKind.AtLeast, cap) : new UserCount(counted, UserCountKind.Exact, cap);
    }

    private static bool IsUnfiltered(UserSearchQuery q) =>
        q.Fragment is null && q.Group is null && q.OnboardingComplete is null && q.HasActiveCv is null && q.CreatedFrom is null && q.CreatedBefore is null;

    private static string? Note(UserSearchQuery query) => query.IsPrefixSearch
        ? $"Fewer than {UserSearchQuery.MinimumFragmentLength} characters: showing emails that start with \u201c{query.Fragment}\u201d. Type {UserSearchQuery.MinimumFragmentLength} or more to search anywhere in emails and usernames."
        : null;
}
