using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class ProductVersionNameConfiguration : IEntityTypeConfiguration<ProductVersionName>
{
    public void Configure(EntityTypeBuilder<ProductVersionName> name)
    {
        name.ToTable("product_version_names");
        name.HasKey(n => n.GeneratedProductId);
        name.Property(n => n.GeneratedProductId).ValueGeneratedNever();
        name.Property(n => n.Name).HasMaxLength(ProductVersionName.MaxLength);
        name.HasOne(n => n.GeneratedProduct).WithOne()
            .HasForeignKey<ProductVersionName>(n => n.GeneratedProductId)
            .OnDelete(DeleteBehavior.Cascade);

        // The same rows as the versions they name: a version of a type this build does not know is filtered out, so is its name.
        name.HasQueryFilter(n => KnownProductTypes.All.Contains(n.GeneratedProduct!.ProductType));
    }
}
