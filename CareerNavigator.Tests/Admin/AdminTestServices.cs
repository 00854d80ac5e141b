using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Admin;
using CareerNavigator.Web.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerNavigator.Tests.Admin;

/// <summary>The admin services over a test database, acting as the signed-in user the test chooses (or nobody).</summary>
public sealed class AdminTestServices(MigratedDatabase database, AdminGuard guard)
{
    public static AdminTestServices As(MigratedDatabase database, int userId, params string[] roles) =>
        new(database, new AdminGuard(new FixedCurrentUser(userId, roles), TimeProvider.System));

    public static AdminTestServices Visitor(MigratedDatabase database) => new(database, new AdminGuard(new FixedCurrentUser(null), TimeProvider.System));

    private TestContextFactory Factory => new(database);

    public UserSearchService Search => new(Factory, guard);
    public AdminUserRecordService Records => new(Factory, guard, NullLogger<AdminUserRecordService>.Instance);
    public AdminUserActions Actions => new(Factory, guard, new AccountMail(new EmailOutbox(Factory, TimeProvider.System), Factory, TimeProvider.System), TimeProvider.System);
    public AuditLogService AuditLog => new(Factory, guard);
    public AdminOverviewService Overview => new(Factory, guard, TimeProvider.System);

    /// <summary>A users row in the Admin role (the role is created on first use).</summary>
    public static async Task<User> AddAdminAsync(CareerNavigatorDbContext db)
    {
        var admin = await TestUsers.AddAsync(db);
        var role = await db.Roles.SingleOrDefaultAsync(r => r.NormalizedName == "ADMIN");
        if (role is null)
        {
            role = new IdentityRole<int> { Name = Roles.Admin, NormalizedName = "ADMIN", ConcurrencyStamp = Guid.NewGuid().ToString() };
            db.Roles.Add(role);
            await db.SaveChangesAsync();
        }
        db.UserRoles.Add(new IdentityUserRole<int> { UserId = admin.Id, RoleId = role.Id });
        await db.SaveChangesAsync();
        return admin;
    }
}
