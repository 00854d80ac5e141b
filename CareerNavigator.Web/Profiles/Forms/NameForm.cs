using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

/// <summary>Only the person's name: what a CV page asks for before it generates a CV for a profile without one.</summary>
public sealed class NameForm : IProfileSection, IValidatableObject
{
    [Required(ErrorMessage = "Enter your name as your CV should show it.")]
    [StringLength(ProfileLimits.FullName, ErrorMessage = "Keep your name under 200 characters.")]
    public string? FullName { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FormRules.Clean(FullName) is { } name && !name.Any(char.IsLetter))
        {
            yield return new("Enter your name in letters.", [nameof(FullName)]);
        }
    }

    public void ApplyTo(UserProfile profile) => profile.FullName = FormRules.Clean(FullName);
}
