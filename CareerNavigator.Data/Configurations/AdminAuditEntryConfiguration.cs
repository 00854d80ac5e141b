using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerNavigator.Data.Configurations;

public sealed class AdminAuditEntryConfiguration : IEntityTypeConfiguration<AdminAuditEntry>
{
    public void Configure(EntityTypeBuilder<AdminAuditEntry> entry)
    {
        entry.ToTable("admin_audit_log");
        entry.Property(e => e.ActorEmail).HasMaxLength(256);
        entry.Property(e => e.TargetEmail).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(40).HasConversion(new ValueConverter<AdminAction, string>(
            v => Labels[v], v => Actions[v]));
        entry.Property(e => e.Details).HasMaxLength(2000);

        // Newest first, by time and by target: the three ways /admin/audit reads it.
        entry.HasIndex(e => new { e.OccurredAt, e.Id });
        entry.HasIndex(e => new { e.TargetUserId, e.OccurredAt });
        entry.HasIndex(e => new { e.ActorUserId, e.OccurredAt });
    }

    private static readonly Dictionary<AdminAction, string> Labels = new()
    {
        [AdminAction.ViewRecord] = "view_record",
        [AdminAction.Disable] = "disable",
        [AdminAction.Enable] = "enable",
        [AdminAction.GrantAdmin] = "grant_admin",
        [AdminAction.RevokeAdmin] = "revoke_admin",
        [AdminAction.DeleteUser] = "delete_user",
        [AdminAction.ErasedOwnAccount] = "erased_own_account",
    };

    private static readonly Dictionary<string, AdminAction> Actions = Labels.ToDictionary(p => p.Value, p => p.Key);
}
