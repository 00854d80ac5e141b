using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Admin;

public sealed record GroupCount(UserGroup? Group, int Users);

public sealed record AdminOverview(int TotalUsers, IReadOnlyList<GroupCount> UsersPerGroup);

/// <summary>Numbers for the admin overview. Every call checks the Admin role itself, not only the page.</summary>
public sealed class AdminOverviewService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, CurrentUser currentUser)
{
    public async Task<AdminOverview> GetAsync(CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsAdminAsync())
        {
            throw new UnauthorizedAccessException("The admin overview needs the Admin role.");
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.Users.AsNoTracking()
            .GroupBy(u => u.UserGroup)
            .Select(g => new GroupCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);

        IEnumerable<UserGroup?> groups = [.. Enum.GetValues<UserGroup>().Cast<UserGroup?>(), null];
        var perGroup = groups
            .Select(g => counts.FirstOrDefault(c => c.Group == g) ?? new GroupCount(g, 0))
            .ToList();
        return new AdminOverview(perGroup.Sum(c => c.Users), perGroup);
    }
}
