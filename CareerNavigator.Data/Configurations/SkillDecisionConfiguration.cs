using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class SkillDecisionConfiguration : IEntityTypeConfiguration<SkillDecision>
{
    public void Configure(EntityTypeBuilder<SkillDecision> decision)
    {
        decision.ToTable("user_skill_decisions");
        decision.HasKey(d => new { d.UserId, d.SkillId });
        decision.HasOne(d => d.User).WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        decision.HasOne(d => d.Skill).WithMany().HasForeignKey(d => d.SkillId).OnDelete(DeleteBehavior.Restrict);
    }
}
