using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Admin;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareerNavigator.Tests.Admin;

/// <summary>Each admin action does what it says, is refused where it must be, and leaves one audit entry.</summary>
public sealed class AdminActionTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Opening_a_record_returns_everything_and_is_audited_each_time()
    {
        var (admin, services) = await AdminAsync();
        await using var db = database.CreateContext();
        var target = await TestUsers.AddAsync(db, UserGroup.ExperiencedChanging);
        db.JobExperiences.Add(new JobExperience { UserId = target.Id, CompanyName = "Contoso", Position = "Analyst", StartDate = new DateOnly(2020, 1, 1) });
        db.GeneratedProducts.Add(new GeneratedProduct { UserId = target.Id, ProductType = ProductType.Cv, Content = "{}", Version = 1, IsActive = true });
        db.JobApplications.AddRange(
            new JobApplication { UserId = target.Id, Company = "Contoso", Role = "Analyst", StatusChangedAt = DateTime.UtcNow },
            new JobApplication { UserId = target.Id, Company = "Fabrikam", Role = "Analyst", StatusChangedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        var record = await services.Records.OpenAsync(target.Id);
        await services.Records.OpenAsync(target.Id);

        Assert.NotNull(record);
        Assert.Equal(target.Email, record.Account.Email);
        Assert.Single(record.Jobs);
        Assert.Single(record.Products);
        Assert.Equal(2, record.Applications);
        var views = await AuditAsync(target.Id);
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal((AdminAction.ViewRecord, admin.Id), (v.Action, v.ActorUserId)));
    }

    [Fact]
    public async Task Opening_a_missing_record_returns_null_and_audits_nothing()
    {
        var (_, services) = await AdminAsync();

        Assert.Null(await services.Records.OpenAsync(int.MaxValue));
        Assert.Empty(await AuditAsync(int.MaxValue));
    }

    [Fact]
    public async Task Disabling_locks_the_account_for_good_renews_its_stamp_and_is_audited_and_enabling_undoes_it()
    {
        var (_, services) = await AdminAsync();
        await using var db = database.CreateContext();
        var target = await TestUsers.AddAsync(db);
        var stamp = target.SecurityStamp;

        await services.Actions.DisableAsync(target.Id);
        var disabled = await ReloadAsync(target.Id);
        Assert.True(AccountLock.IsDisabled(disabled.LockoutEnd));
        Assert.NotEqual(stamp, disabled.SecurityStamp);

        await services.Actions.EnableAsync(target.Id);
        Assert.Null((await ReloadAsync(target.Id)).LockoutEnd);
        Assert.Equal([AdminAction.Disable, AdminAction.Enable], (await AuditAsync(target.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task Granting_and_revoking_admin_change_the_role_and_are_audited()
    {
        var (_, services) = await AdminAsync();
        await using var db = database.CreateContext();
        var target = await TestUsers.AddAsync(db);

        await services.Actions.GrantAdminAsync(target.Id);
        Assert.True((await services.Records.OpenAsync(target.Id))!.IsAdmin);
        await services.Actions.RevokeAdminAsync(target.Id);
        Assert.False((await services.Records.OpenAsync(target.Id))!.IsAdmin);

        Assert.Equal([AdminAction.GrantAdmin, AdminAction.ViewRecord, AdminAction.RevokeAdmin, AdminAction.ViewRecord],
            (await AuditAsync(target.Id)).Select(e => e.Action));
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role_disable_or_delete_themselves()
    {
        var (admin, services) = await AdminAsync();

        await Assert.ThrowsAsync<AdminActionRefusedException>(() => services.Actions.RevokeAdminAsync(admin.Id));
        await Assert.ThrowsAsync<AdminActionRefusedException>(() => services.Actions.DisableAsync(admin.Id));
        await Assert.ThrowsAsync<AdminActionRefusedException>(() => services.Actions.DeleteAsync(admin.Id));

        await using var db = database.CreateContext();
        Assert.True(await db.UserRoles.AnyAsync(r => r.UserId == admin.Id));
        Assert.Empty(await AuditAsync(admin.Id));
    }

    [Fact]
    public async Task Deleting_a_user_is_audited_and_the_entry_outlives_the_user()
    {
        var (admin, services) = await AdminAsync();
        await using var db = database.CreateContext();
        var target = await TestUsers.AddAsync(db);

        await services.Actions.DeleteAsync(target.Id);

        var entry = Assert.Single(await AuditAsync(target.Id));
        Assert.Equal((AdminAction.DeleteUser, target.Email, admin.Id), (entry.Action, entry.TargetEmail, entry.ActorUserId));
        Assert.Contains("users 1", entry.Details);
        Assert.False(await db.Users.AnyAsync(u => u.Id == target.Id));
        await Assert.ThrowsAsync<AdminActionRefusedException>(() => services.Actions.DeleteAsync(target.Id));
    }

    [Fact]
    public async Task The_audit_log_refuses_changes_and_removals_in_the_database()
    {
        var (_, services) = await AdminAsync();
        await using var db = database.CreateContext();
        var target = await TestUsers.AddAsync(db);
        await services.Records.OpenAsync(target.Id);

        await Assert.ThrowsAsync<PostgresException>(() => db.AdminAuditLog.Where(e => e.TargetUserId == target.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "changed")));
        await Assert.ThrowsAsync<PostgresException>(() => db.AdminAuditLog.Where(e => e.TargetUserId == target.Id).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task The_audit_log_filters_by_target_and_action_and_pages_newest_first()
    {
        var (_, services) = await AdminAsync();
        await using var db = database.CreateContext();
        var target = await TestUsers.AddAsync(db);
        for (var i = 0; i < 5; i++)
        {
            await services.Records.OpenAsync(target.Id);
        }
        await services.Actions.DisableAsync(target.Id);

        var first = await services.AuditLog.ReadAsync(new AuditQuery { TargetUserId = target.Id, Action = AdminAction.ViewRecord, PageSize = 3 });
        var second = await services.AuditLog.ReadAsync(new AuditQuery { TargetUserId = target.Id, Action = AdminAction.ViewRecord, PageSize = 3, BeforeId = first.NextBeforeId });

        Assert.Equal(3, first.Entries.Count);
        Assert.Equal(2, second.Entries.Count);
        Assert.Null(second.NextBeforeId);
        var ids = first.Entries.Concat(second.Entries).Select(e => e.Id).ToList();
        Assert.Equal(ids.OrderByDescending(id => id), ids);
        await Assert.ThrowsAsync<ArgumentException>(() => services.AuditLog.ReadAsync(new AuditQuery { PageSize = 0 }));
    }

    private async Task<(User Admin, AdminTestServices Services)> AdminAsync()
    {
        await using var db = database.CreateContext();
        var admin = await AdminTestServices.AddAdminAsync(db);
        return (admin, AdminTestServices.As(database, admin.Id, Roles.Admin));
    }

    private async Task<User> ReloadAsync(int id)
    {
        await using var db = database.CreateContext();
        return await db.Users.SingleAsync(u => u.Id == id);
    }

    private async Task<List<AdminAuditEntry>> AuditAsync(int targetId)
    {
        await using var db = database.CreateContext();
        return await db.AdminAuditLog.Where(e => e.TargetUserId == targetId).OrderBy(e => e.Id).ToListAsync();
    }
}
