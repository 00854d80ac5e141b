using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class UserProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public void Configure(EntityTypeBuilder<UserProfile> profile)
    {
        profile.ToTable("user_profiles");
        // The API's If-Match names this version; the UPDATE names it too, so a write in between fails the save.
        profile.Property(p => p.UpdatedAt).IsConcurrencyToken();
        profile.HasIndex(p => p.UserId).IsUnique();
        profile.Property(p => p.LinkedinProfileUrl).HasMaxLength(500);
        profile.Property(p => p.LinkedinProfileData).HasRawJson();
        profile.Property(p => p.BirthCountry).HasMaxLength(100);
        profile.Property(p => p.BirthCity).HasMaxLength(100);
        profile.Property(p => p.CurrentLocation).HasMaxLength(200);
        profile.Property(p => p.DesiredJobLocations).HasJsonConversion();
        profile.Property(p => p.Languages).HasJsonConversion();
        profile.Property(p => p.Culture).HasMaxLength(100);
        profile.Property(p => p.FullName).HasMaxLength(ProfileLimits.FullName);
        profile.Property(p => p.Headline).HasMaxLength(ProfileLimits.Headline);
        profile.Property(p => p.Summary).HasMaxLength(ProfileLimits.Summary);
        profile.Property(p => p.Phone).HasMaxLength(ProfileLimits.Phone);
        profile.Property(p => p.PublicEmail).HasMaxLength(ProfileLimits.Email);
        profile.Property(p => p.Links).HasJsonConversion();
    }
}
