using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class JobExperienceConfiguration : IEntityTypeConfiguration<JobExperience>
{
    public void Configure(EntityTypeBuilder<JobExperience> job)
    {
        job.ToTable("job_experiences");
        // The API's If-Match names this version; the UPDATE names it too, so a write in between fails the save.
        job.Property(j => j.UpdatedAt).IsConcurrencyToken();
        job.Property(j => j.CompanyName).HasMaxLength(200);
        job.Property(j => j.Position).HasMaxLength(200);
        job.Property(j => j.Location).HasMaxLength(200);
        job.Property(j => j.Achievements).HasJsonConversion();
        job.Property(j => j.SkillsUsed).HasJsonConversion();
        job.HasDatePrecision("job_experiences", nameof(JobExperience.StartDatePrecision), nameof(JobExperience.EndDatePrecision));
    }
}
