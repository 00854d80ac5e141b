using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class EscoSkillConfiguration : IEntityTypeConfiguration<EscoSkill>
{
    public void Configure(EntityTypeBuilder<EscoSkill> skill)
    {
        skill.ToTable("esco_skills");
        skill.Property(s => s.Uri).HasMaxLength(EscoOccupation.UriMaxLength);
        skill.HasIndex(s => s.Uri).IsUnique();
    }
}
