using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class GeneratedProductConfiguration : IEntityTypeConfiguration<GeneratedProduct>
{
    /// <summary>The rows of the user's own documents (a CV, a plan): the seed's rules apply to them as they always did.</summary>
    internal const string OwnDocuments = "job_application_id IS NULL";

    /// <summary>The rows that belong to an application (its cover letters): numbered and activated per application.</summary>
    internal const string ApplicationDocuments = "job_application_id IS NOT NULL";

    public void Configure(EntityTypeBuilder<GeneratedProduct> product)
    {
        product.ToTable("generated_products");
        product.Property(g => g.Content).HasRawJson();
        product.Property(g => g.ModelUsed).HasMaxLength(100);

        // Npgsql's enum mapping and the SQLite label converter both throw on a label this build does not know.
        product.HasQueryFilter(g => KnownProductTypes.All.Contains(g.ProductType));

        // Deleting an application deletes its letters; the user's own documents have no application.
        product.HasOne(g => g.JobApplication).WithMany().HasForeignKey(g => g.JobApplicationId).OnDelete(DeleteBehavior.Cascade);

        // The filters name only the application column (no product_type label), so they hold on both providers and a
        // label added later needs no index change. Version numbers and the active version are per user and type for the
        // user's own documents, and per application and type for an application's.
        product.HasIndex(g => new { g.UserId, g.ProductType, g.Version })
            .IsUnique()
            .HasFilter(OwnDocuments)
            .HasDatabaseName("ux_generated_products_user_type_version");
        product.HasIndex(g => new { g.JobApplicationId, g.ProductType, g.Version })
            .IsUnique()
            .HasFilter(ApplicationDocuments)
            .HasDatabaseName("ux_generated_products_application_type_version");

        // At most one active version per user and type, and per application and type, whatever the application does.
        product.HasIndex(g => new { g.UserId, g.ProductType })
            .IsUnique()
            .HasFilter($"is_active AND {OwnDocuments}")
            .HasDatabaseName("ux_generated_products_one_active");
        product.HasIndex(g => new { g.JobApplicationId, g.ProductType })
            .IsUnique()
            .HasFilter($"is_active AND {ApplicationDocuments}")
            .HasDatabaseName("ux_generated_products_application_one_active");
    }
}
