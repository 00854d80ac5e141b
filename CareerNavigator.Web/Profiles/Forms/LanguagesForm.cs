using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

public sealed class LanguagesForm : IProfileSection, IValidatableObject
{
    public List<LanguageSkill> Languages { get; set; } = [];

    public static LanguagesForm From(UserProfile p) => new() { Languages = [.. p.Languages] };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in FormRules.ShortList(Languages.Select(l => l.Language).ToList(), nameof(Languages), "languages", 20, 60))
        {
            yield return result;
        }
        if (Languages.Any(l => !LanguageSkill.Levels.Contains(l.Proficiency)))
        {
            yield return new("Pick a level for each language: A1 to C2, or native.", [nameof(Languages)]);
        }
    }

    public void ApplyTo(UserProfile p) =>
        p.Languages = Languages.Select(l => l with { Language = l.Language.Trim() }).ToList();
}
