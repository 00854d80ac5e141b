using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Skills;

/// <summary>A skill the user types on the profile page, with an optional level.</summary>
public sealed class SkillForm
{
    [Required(AllowEmptyStrings = false, ErrorMessage = "Type the name of the skill.")]
    [StringLength(UserSkill.MaxNameLength, ErrorMessage = "Keep the skill's name under 100 characters.")]
    [RegularExpression(@"[\s\S]*\S[\s\S]*", ErrorMessage = "Type the name of the skill.")]
    public string? Name { get; set; }

    [StringLength(UserSkill.MaxLevelLength, ErrorMessage = "Keep the level under 40 characters.")]
    public string? Level { get; set; }
}
