using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> course)
    {
        course.ToTable("courses");
        // The API's If-Match names this version; the UPDATE names it too, so a write in between fails the save.
        course.Property(c => c.UpdatedAt).IsConcurrencyToken();
        course.Property(c => c.CourseName).HasMaxLength(300);
        course.Property(c => c.Institution).HasMaxLength(200);
        course.Property(c => c.Provider).HasMaxLength(200);
        course.Property(c => c.CertificateUrl).HasMaxLength(500);
        course.Property(c => c.SkillsLearned).HasJsonConversion();
        course.HasDatePrecision("courses", nameof(Course.CompletionDatePrecision));
    }
}
