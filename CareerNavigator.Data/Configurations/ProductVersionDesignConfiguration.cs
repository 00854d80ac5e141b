using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class ProductVersionDesignConfiguration : IEntityTypeConfiguration<ProductVersionDesign>
{
    public void Configure(EntityTypeBuilder<ProductVersionDesign> design)
    {
        design.ToTable("product_version_designs", t => t.HasCheckConstraint(
            "ck_product_version_designs_design", "design IN ('classic', 'modern', 'compact')"));
        design.HasKey(d => d.GeneratedProductId);
        design.Property(d => d.GeneratedProductId).ValueGeneratedNever();
        design.Property(d => d.Design).HasConversion(new EnumLabelConverter<DocumentDesign>()).HasMaxLength(10);
        design.HasOne(d => d.GeneratedProduct).WithOne()
            .HasForeignKey<ProductVersionDesign>(d => d.GeneratedProductId)
            .OnDelete(DeleteBehavior.Cascade);

        // The same rows as the versions they belong to (see ProductVersionNameConfiguration).
        design.HasQueryFilter(d => KnownProductTypes.All.Contains(d.GeneratedProduct!.ProductType));
    }
}
