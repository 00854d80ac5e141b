using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

public sealed class CvForm : IProfileSection, IValidatableObject
{
    public const int MaxCvLength = 100_000;

    [StringLength(MaxCvLength, ErrorMessage = "A CV this long can't be right: keep it under 100,000 characters.")]
    public string? CvContent { get; set; }

    [StringLength(500, ErrorMessage = "That address is too long.")]
    public string? LinkedinProfileUrl { get; set; }

    public static CvForm From(UserProfile p) => new() { CvContent = p.CvContent, LinkedinProfileUrl = p.LinkedinProfileUrl };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(LinkedinProfileUrl) && !FormRules.IsLinkedInProfile(LinkedinProfileUrl))
        {
            yield return new("Enter your LinkedIn profile address, like https://www.linkedin.com/in/your-name.", [nameof(LinkedinProfileUrl)]);
        }
        if (CvContent?.Contains('\0') == true)
        {
            yield return new("The CV text contains characters we can't store; paste it as plain text.", [nameof(CvContent)]);
        }
    }

    public void ApplyTo(UserProfile p)
    {
        p.CvContent = FormRules.Clean(CvContent);
        var url = FormRules.Clean(LinkedinProfileUrl);
        p.LinkedinProfileUrl = url is null || url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? url : "https://" + url;
    }
}
