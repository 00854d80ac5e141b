using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class UserSkillConfiguration : IEntityTypeConfiguration<UserSkill>
{
    public void Configure(EntityTypeBuilder<UserSkill> skill)
    {
        skill.ToTable("user_skills", t => t.HasCheckConstraint(
            "ck_user_skills_source", "source IN ('typed', 'linkedin', 'json_resume', 'cv', 'occupation_match')"));
        skill.Property(s => s.Name).HasMaxLength(UserSkill.MaxNameLength);
        skill.Property(s => s.NormalizedName).HasMaxLength(UserSkill.MaxNameLength);
        skill.Property(s => s.Level).HasMaxLength(UserSkill.MaxLevelLength);
        skill.Property(s => s.Source).HasConversion(new EnumLabelConverter<SkillSource>()).HasMaxLength(20);
        // One row per skill and user: an import or a suggestion never adds "SQL" beside "sql".
        skill.HasIndex(s => new { s.UserId, s.NormalizedName }).IsUnique();
        skill.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
