using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

/// <summary>Life story and culture (profile columns); interests live with the onboarding answers.</summary>
public sealed class AboutForm : IProfileSection
{
    [StringLength(10_000, ErrorMessage = "Keep your story under 10,000 characters.")]
    public string? LifeProfile { get; set; }

    [StringLength(100, ErrorMessage = "Keep this under 100 characters.")]
    public string? Culture { get; set; }

    public static AboutForm From(UserProfile p) => new() { LifeProfile = p.LifeProfile, Culture = p.Culture };

    public void ApplyTo(UserProfile p)
    {
        p.LifeProfile = FormRules.Clean(LifeProfile);
        p.Culture = FormRules.Clean(Culture);
    }
}
