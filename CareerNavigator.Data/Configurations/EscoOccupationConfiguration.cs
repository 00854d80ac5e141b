using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class EscoOccupationConfiguration : IEntityTypeConfiguration<EscoOccupation>
{
    public void Configure(EntityTypeBuilder<EscoOccupation> occupation)
    {
        // The ESCO importer writes these tables with raw SQL (bulk upserts); keep its names in step.
        occupation.ToTable("esco_occupations");
        occupation.Property(o => o.Uri).HasMaxLength(EscoOccupation.UriMaxLength);
        occupation.HasIndex(o => o.Uri).IsUnique();
        occupation.Property(o => o.IscoGroup).HasMaxLength(EscoOccupation.IscoGroupMaxLength);
        occupation.HasIndex(o => o.IscoGroup);
        occupation.HasMany(o => o.Skills).WithOne(s => s.Occupation)
            .HasForeignKey(s => s.OccupationId).OnDelete(DeleteBehavior.Cascade);
    }
}
