using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class EscoIscoGroupConfiguration : IEntityTypeConfiguration<EscoIscoGroup>
{
    public void Configure(EntityTypeBuilder<EscoIscoGroup> group)
    {
        group.ToTable("esco_isco_groups");
        group.HasKey(g => g.Code);
        group.Property(g => g.Code).HasMaxLength(EscoOccupation.IscoGroupMaxLength);
    }
}
