using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class GeneratedProductConfiguration : IEntityTypeConfiguration<GeneratedProduct>
{
    public void Configure(EntityTypeBuilder<GeneratedProduct> product)
    {
        product.ToTable("generated_products");
        product.Property(g => g.Content).HasRawJson();
        product.Property(g => g.ModelUsed).HasMaxLength(100);

        // Npgsql's enum mapping and the SQLite label converter both throw on a label this build does not know.
        product.HasQueryFilter(g => KnownProductTypes.All.Contains(g.ProductType));

        product.HasIndex(g => new { g.UserId, g.ProductType, g.Version })
            .IsUnique()
            .HasDatabaseName("ux_generated_products_user_type_version");

        // At most one active version per user and type, whatever the application does.
        product.HasIndex(g => new { g.UserId, g.ProductType })
            .IsUnique()
            .HasFilter("is_active")
            .HasDatabaseName("ux_generated_products_one_active");
    }
}
