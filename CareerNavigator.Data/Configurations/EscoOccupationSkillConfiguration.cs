using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class EscoOccupationSkillConfiguration : IEntityTypeConfiguration<EscoOccupationSkill>
{
    public void Configure(EntityTypeBuilder<EscoOccupationSkill> relation)
    {
        relation.ToTable("esco_occupation_skills");
        relation.HasKey(r => new { r.OccupationId, r.SkillId });
        // "Which occupations need this skill" (related occupations, gaps) reads by skill.
        relation.HasIndex(r => r.SkillId);
        relation.HasOne(r => r.Skill).WithMany().HasForeignKey(r => r.SkillId).OnDelete(DeleteBehavior.Cascade);
    }
}
