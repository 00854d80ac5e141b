using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class ApplicationStatusChangeConfiguration : IEntityTypeConfiguration<ApplicationStatusChange>
{
    public void Configure(EntityTypeBuilder<ApplicationStatusChange> change)
    {
        var labels = JobApplicationConfiguration.StatusLabels;
        change.ToTable("job_application_status_changes", t =>
        {
            t.HasCheckConstraint("ck_job_application_status_changes_to_status", $"to_status IN ({labels})");
            t.HasCheckConstraint("ck_job_application_status_changes_from_status", $"from_status IS NULL OR from_status IN ({labels})");
        });
        change.Property(c => c.ToStatus).HasConversion(new EnumLabelConverter<ApplicationStatus>()).HasMaxLength(12);
        change.Property(c => c.FromStatus).HasConversion(new EnumLabelConverter<ApplicationStatus>()).HasMaxLength(12);
        change.HasIndex(c => new { c.JobApplicationId, c.ChangedAt });
    }
}
