using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class SentVersionConfiguration : IEntityTypeConfiguration<SentVersion>
{
    public void Configure(EntityTypeBuilder<SentVersion> sent)
    {
        sent.ToTable("application_sent_versions");
        sent.HasKey(s => new { s.JobApplicationId, s.GeneratedProductId });
        sent.HasOne(s => s.JobApplication).WithMany().HasForeignKey(s => s.JobApplicationId).OnDelete(DeleteBehavior.Cascade);
        // NO ACTION, checked at the end of the statement on both providers: deleting a frozen version alone is refused,
        // while deleting its application or account (which removes this row in the same statement) goes through.
        sent.HasOne(s => s.GeneratedProduct).WithMany().HasForeignKey(s => s.GeneratedProductId).OnDelete(DeleteBehavior.NoAction);
        sent.HasIndex(s => s.GeneratedProductId);
        sent.HasQueryFilter(s => KnownProductTypes.All.Contains(s.GeneratedProduct!.ProductType));
    }
}
