using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

public sealed class GoalsForm : IProfileSection
{
    [StringLength(4000, ErrorMessage = "Keep your career goal under 4,000 characters.")]
    public string? CareerGoals { get; set; }

    [StringLength(4000, ErrorMessage = "Keep your short-term goals under 4,000 characters.")]
    public string? ShortTermGoals { get; set; }

    [StringLength(4000, ErrorMessage = "Keep your long-term goals under 4,000 characters.")]
    public string? LongTermGoals { get; set; }

    public static GoalsForm From(UserProfile p) => new()
    {
        CareerGoals = p.CareerGoals, ShortTermGoals = p.ShortTermGoals, LongTermGoals = p.LongTermGoals,
    };

    public void ApplyTo(UserProfile p)
    {
        p.CareerGoals = FormRules.Clean(CareerGoals);
        p.ShortTermGoals = FormRules.Clean(ShortTermGoals);
        p.LongTermGoals = FormRules.Clean(LongTermGoals);
    }
}
