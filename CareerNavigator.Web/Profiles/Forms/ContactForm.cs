using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

/// <summary>Who the person is and how to reach them: the top of every CV. All optional here; the CV asks for the name.</summary>
public sealed class ContactForm : IProfileSection, IValidatableObject
{
    [StringLength(ProfileLimits.FullName, ErrorMessage = "Keep your name under 200 characters.")]
    public string? FullName { get; set; }

    [StringLength(ProfileLimits.Headline, ErrorMessage = "Keep the headline under 220 characters.")]
    public string? Headline { get; set; }

    [StringLength(ProfileLimits.Summary, ErrorMessage = "Keep your summary under 2,000 characters.")]
    public string? Summary { get; set; }

    [StringLength(ProfileLimits.Phone, ErrorMessage = "Keep the phone number under 40 characters.")]
    public string? Phone { get; set; }

    [StringLength(ProfileLimits.Email, ErrorMessage = "That email address is too long.")]
    public string? PublicEmail { get; set; }

    public List<LinkRow> Links { get; set; } = [];

    /// <summary>A link as the form edits it (a record would be replaced on every keystroke).</summary>
    public sealed class LinkRow
    {
        public string Label { get; set; } = "";
        public string Url { get; set; } = "";
    }

    public static ContactForm From(UserProfile p) => new()
    {
        FullName = p.FullName, Headline = p.Headline, Summary = p.Summary, Phone = p.Phone, PublicEmail = p.PublicEmail,
        Links = [.. p.Links.Select(l => new LinkRow { Label = l.Label, Url = l.Url })],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FormRules.Clean(FullName) is { } name && !name.Any(char.IsLetter))
        {
            yield return new("Enter your name in letters.", [nameof(FullName)]);
        }
        if (FormRules.Clean(Phone) is { } phone && !FormRules.IsPhoneNumber(phone))
        {
            yield return new("Enter a phone number with digits, e.g. +34 612 345 678.", [nameof(Phone)]);
        }
        if (FormRules.Clean(PublicEmail) is { } email && !FormRules.IsEmailAddress(email))
        {
            yield return new("Enter an email address like name@example.com.", [nameof(PublicEmail)]);
        }
        foreach (var result in LinkProblems())
        {
            yield return result;
        }
    }

    private IEnumerable<ValidationResult> LinkProblems()
    {
        if (Links.Count > ProfileLimits.Links)
        {
            yield return new($"Add at most {ProfileLimits.Links} links.", [nameof(Links)]);
        }
        if (Links.Any(l => string.IsNullOrWhiteSpace(l.Label) || l.Label.Trim().Length > ProfileLimits.LinkLabel))
        {
            yield return new($"Give each link a name of 1 to {ProfileLimits.LinkLabel} characters, such as Portfolio or GitHub.", [nameof(Links)]);
        }
        if (Links.Any(l => string.IsNullOrWhiteSpace(l.Url) || l.Url.Trim().Length > ProfileLimits.LinkUrl || !FormRules.IsWebAddress(l.Url)))
        {
            yield return new("Enter each link as a full web address starting with https://.", [nameof(Links)]);
        }
        else if (Links.Any(l => FormRules.IsLinkedInProfile(l.Url)))
        {
            yield return new("Put your LinkedIn address in the LinkedIn field of the CV step, not among the links.", [nameof(Links)]);
        }
        if (Links.Select(l => l.Url.Trim().TrimEnd('/').ToUpperInvariant()).Distinct().Count() != Links.Count)
        {
            yield return new("Some of your links are listed twice.", [nameof(Links)]);
        }
    }

    public void ApplyTo(UserProfile p)
    {
        p.FullName = FormRules.Clean(FullName);
        p.Headline = FormRules.Clean(Headline);
        p.Summary = FormRules.Clean(Summary);
        p.Phone = FormRules.Clean(Phone);
        p.PublicEmail = FormRules.Clean(PublicEmail);
        p.Links = [.. Links.Select(l => new ProfileLink(l.Label.Trim(), l.Url.Trim()))];
    }
}
