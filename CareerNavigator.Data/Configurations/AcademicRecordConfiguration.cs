using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class AcademicRecordConfiguration : IEntityTypeConfiguration<AcademicRecord>
{
    public void Configure(EntityTypeBuilder<AcademicRecord> record)
    {
        record.ToTable("academic_records");
        // The API's If-Match names this version; the UPDATE names it too, so a write in between fails the save.
        record.Property(r => r.UpdatedAt).IsConcurrencyToken();
        record.Property(a => a.InstitutionName).HasMaxLength(200);
        record.Property(a => a.Degree).HasMaxLength(200);
        record.Property(a => a.FieldOfStudy).HasMaxLength(200);
        record.Property(a => a.Honors).HasMaxLength(200);
        record.Property(a => a.Location).HasMaxLength(200);
        record.HasDatePrecision("academic_records", nameof(AcademicRecord.StartDatePrecision), nameof(AcademicRecord.EndDatePrecision));
    }
}
