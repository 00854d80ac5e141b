using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class GoalOccupationConfiguration : IEntityTypeConfiguration<GoalOccupation>
{
    public void Configure(EntityTypeBuilder<GoalOccupation> goal)
    {
        goal.ToTable("user_goal_occupations");
        goal.HasKey(g => g.UserId);
        goal.Property(g => g.UserId).ValueGeneratedNever();
        goal.HasOne(g => g.User).WithOne().HasForeignKey<GoalOccupation>(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
        // ESCO rows are never deleted (a newer import marks them obsolete), so a chosen goal keeps resolving.
        goal.HasOne(g => g.Occupation).WithMany().HasForeignKey(g => g.OccupationId).OnDelete(DeleteBehavior.Restrict);
    }
}
