using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class JobApplicationConfiguration : IEntityTypeConfiguration<JobApplication>
{
    internal const string StatusLabels = "'saved', 'applied', 'interview', 'offer', 'accepted', 'rejected', 'withdrawn'";

    public void Configure(EntityTypeBuilder<JobApplication> application)
    {
        application.ToTable("job_applications", t => t.HasCheckConstraint("ck_job_applications_status", $"status IN ({StatusLabels})"));
        application.Property(a => a.Company).HasMaxLength(JobApplication.MaxCompanyLength);
        application.Property(a => a.Role).HasMaxLength(JobApplication.MaxRoleLength);
        application.Property(a => a.Location).HasMaxLength(JobApplication.MaxLocationLength);
        application.Property(a => a.Link).HasMaxLength(JobApplication.MaxLinkLength);
        application.Property(a => a.AdvertFileName).HasMaxLength(JobApplication.MaxAdvertFileNameLength);
        application.Property(a => a.NextAction).HasMaxLength(JobApplication.MaxNextActionLength);
        application.Property(a => a.Status).HasConversion(new EnumLabelConverter<ApplicationStatus>()).HasMaxLength(12);
        application.Property(a => a.Contacts).HasJsonConversion();
        application.Property(a => a.UpdatedAt).IsConcurrencyToken();
        // The board and the list read one user's applications; the reminder sender looks for action dates with reminders on.
        application.HasIndex(a => new { a.UserId, a.Status });
        application.HasIndex(a => a.NextActionDate).HasFilter("remind_by_email");
        application.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        application.HasMany(a => a.StatusChanges).WithOne(c => c.JobApplication)
            .HasForeignKey(c => c.JobApplicationId).OnDelete(DeleteBehavior.Cascade);
    }
}
