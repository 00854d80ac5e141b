using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> token)
    {
        token.ToTable("personal_access_tokens");
        token.Property(t => t.Name).HasMaxLength(100);
        token.Property(t => t.TokenHash).HasMaxLength(64);
        token.Property(t => t.Prefix).HasMaxLength(16);
        token.HasIndex(t => t.TokenHash).IsUnique();
        token.HasIndex(t => t.UserId);
        token.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
