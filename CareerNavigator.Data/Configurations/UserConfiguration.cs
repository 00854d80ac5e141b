using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> user)
    {
        user.ToTable("users");
        user.Property(u => u.Email).IsRequired().HasMaxLength(256);
        user.Property(u => u.UserName).HasColumnName("username").HasMaxLength(256);
        user.Property(u => u.NormalizedUserName).HasColumnName("normalized_username");
        user.HasIndex(u => u.Email).IsUnique();
        user.HasIndex(u => u.UserName).IsUnique();
        user.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName("EmailIndex");
        user.HasIndex(u => u.CreatedAt);

        user.HasOne(u => u.Profile).WithOne(p => p.User)
            .HasForeignKey<UserProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        user.HasMany(u => u.JobExperiences).WithOne(j => j.User).HasForeignKey(j => j.UserId).OnDelete(DeleteBehavior.Cascade);
        user.HasMany(u => u.Courses).WithOne(c => c.User).HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        user.HasMany(u => u.AcademicRecords).WithOne(a => a.User).HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        user.HasMany(u => u.GeneratedProducts).WithOne(g => g.User).HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
