using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class GenerationJobConfiguration : IEntityTypeConfiguration<GenerationJob>
{
    internal const string StatusLabels = "'queued', 'running', 'done', 'failed', 'cancelled'";

    public void Configure(EntityTypeBuilder<GenerationJob> job)
    {
        // The runner writes progress and the result with set-based updates (GenerationJobRows); keep its names in step.
        job.ToTable("generation_jobs", t => t.HasCheckConstraint("ck_generation_jobs_status", $"status IN ({StatusLabels})"));
        job.Property(j => j.Id).ValueGeneratedNever();
        job.Property(j => j.Status).HasConversion(new EnumLabelConverter<GenerationJobStatus>()).HasMaxLength(10);
        job.Property(j => j.ProgressMessage).HasMaxLength(GenerationJob.MaxMessageLength);
        job.Property(j => j.ErrorMessage).HasMaxLength(GenerationJob.MaxErrorLength);

        // A version is the result of at most one job.
        job.HasIndex(j => j.GeneratedProductId).IsUnique();
        // The page finds the user's running job of a product (or an application's); the notice finds their unseen ended ones.
        job.HasIndex(j => new { j.UserId, j.ProductType, j.JobApplicationId, j.CreatedAt });
        job.HasIndex(j => j.FinishedAt);

        job.HasOne(j => j.User).WithMany().HasForeignKey(j => j.UserId).OnDelete(DeleteBehavior.Cascade);
        job.HasOne(j => j.JobApplication).WithMany().HasForeignKey(j => j.JobApplicationId).OnDelete(DeleteBehavior.Cascade);
        job.HasOne<GeneratedProduct>().WithMany().HasForeignKey(j => j.GeneratedProductId).OnDelete(DeleteBehavior.SetNull);
    }
}
