using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class VersionClaimConfiguration : IEntityTypeConfiguration<VersionClaim>
{
    internal const string KindLabels = "'employer', 'title', 'school', 'degree', 'skill', 'number', 'date', 'award'";

    public void Configure(EntityTypeBuilder<VersionClaim> claim)
    {
        claim.ToTable("version_claims", t => t.HasCheckConstraint("ck_version_claims_kind", $"kind IN ({KindLabels})"));
        claim.Property(c => c.Kind).HasConversion(new EnumLabelConverter<ClaimKind>()).HasMaxLength(12);
        claim.Property(c => c.Text).HasMaxLength(VersionClaim.MaxTextLength);
        claim.Property(c => c.Sentence).HasMaxLength(VersionClaim.MaxSentenceLength);
        claim.Property(c => c.Place).HasMaxLength(VersionClaim.MaxPlaceLength);
        claim.HasIndex(c => c.GeneratedProductId);
        claim.HasOne(c => c.GeneratedProduct).WithMany().HasForeignKey(c => c.GeneratedProductId).OnDelete(DeleteBehavior.Cascade);
        claim.HasQueryFilter(c => KnownProductTypes.All.Contains(c.GeneratedProduct!.ProductType));
    }
}
