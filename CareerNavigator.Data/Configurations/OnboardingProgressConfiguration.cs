using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class OnboardingProgressConfiguration : IEntityTypeConfiguration<OnboardingProgress>
{
    public void Configure(EntityTypeBuilder<OnboardingProgress> progress)
    {
        progress.ToTable("onboarding_progress");
        progress.HasIndex(p => p.UserId).IsUnique();
        progress.HasOne(p => p.User).WithOne().HasForeignKey<OnboardingProgress>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        progress.Property(p => p.CurrentStep).HasMaxLength(40);
        progress.Property(p => p.Answers).HasJsonConversion();
    }
}
