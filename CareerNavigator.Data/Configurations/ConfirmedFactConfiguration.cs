using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class ConfirmedFactConfiguration : IEntityTypeConfiguration<ConfirmedFact>
{
    public void Configure(EntityTypeBuilder<ConfirmedFact> fact)
    {
        fact.ToTable("user_confirmed_facts", t => t.HasCheckConstraint(
            "ck_user_confirmed_facts_kind", $"kind IN ({VersionClaimConfiguration.KindLabels})"));
        fact.Property(f => f.Kind).HasConversion(new EnumLabelConverter<ClaimKind>()).HasMaxLength(12);
        fact.Property(f => f.Text).HasMaxLength(VersionClaim.MaxTextLength);
        fact.Property(f => f.NormalizedText).HasMaxLength(VersionClaim.MaxTextLength);
        fact.HasIndex(f => new { f.UserId, f.Kind, f.NormalizedText }).IsUnique();
        fact.HasOne(f => f.User).WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
