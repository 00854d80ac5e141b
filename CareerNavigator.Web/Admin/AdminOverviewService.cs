using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Admin;

public sealed record GroupCount(UserGroup? Group, int Users);

public sealed record WeekCount(DateOnly WeekStarting, int SignUps);

public sealed record ProductTypeCount(ProductType Type, int Versions, int Active);

public sealed record AdminOverview(
    int TotalUsers,
    IReadOnlyList<GroupCount> UsersPerGroup,
    IReadOnlyList<WeekCount> SignUpsPerWeek,
    int OnboardingCompleted,
    int OnboardingStarted,
    IReadOnlyList<ProductTypeCount> ProductsPerType);

/// <summary>Numbers for the admin overview. Every call checks the Admin role itself, not only the page.</summary>
public sealed class AdminOverviewService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, AdminGuard guard, TimeProvider clock)
{
    public const int Weeks = 12;

    public async Task<AdminOverview> GetAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Users.AsNoTracking()
            .GroupBy(u => u.UserGroup)
            .Select(g => new GroupCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        IEnumerable<UserGroup?> groups = [.. Enum.GetValues<UserGroup>().Cast<UserGroup?>(), null];
        var perGroup = groups
            .Select(g => counts.FirstOrDefault(c => c.Group == g) ?? new GroupCount(g, 0))
            .ToList();

        var completed = await db.OnboardingProgress.CountAsync(p => p.CompletedAt != null, cancellationToken);
        var started = await db.OnboardingProgress.CountAsync(cancellationToken);
        var products = await db.GeneratedProducts.AsNoTracking()
            .GroupBy(g => g.ProductType)
            .Select(g => new ProductTypeCount(g.Key, g.Count(), g.Count(p => p.IsActive)))
            .ToListAsync(cancellationToken);
        var perType = Enum.GetValues<ProductType>()
            .Select(t => products.FirstOrDefault(p => p.Type == t) ?? new ProductTypeCount(t, 0, 0))
            .ToList();

        return new AdminOverview(perGroup.Sum(c => c.Users), perGroup, await SignUpsPerWeekAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken), completed, started, perType);
    }

    /// <summary>The last <see cref="Weeks"/> weeks, Monday to Sunday (UTC), the current one included.</summary>
    private static async Task<IReadOnlyList<WeekCount>> SignUpsPerWeekAsync(CareerNavigatorDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now);
        var thisMonday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var starts = Enumerable.Range(0, Weeks).Select(i => thisMonday.AddDays(-7 * (Weeks - 1 - i))).ToList();
        var since = starts[0].ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        // One range read on the created_at index, bucketed here: the same on PostgreSQL and SQLite.
        var days = await db.Users.AsNoTracking().Where(u => u.CreatedAt >= since)
            .GroupBy(u => u.CreatedAt.Date)
            .Select(g => new { Day = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. starts.Select(start => new WeekCount(start, days
            .Where(d => DateOnly.FromDateTime(d.Day) >= start && DateOnly.FromDateTime(d.Day) < start.AddDays(7))
            .Sum(d => d.Count)))];
    }
}
