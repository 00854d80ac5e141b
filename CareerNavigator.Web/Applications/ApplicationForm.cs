using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Applications;

/// <summary>
/// Everything about an application the user edits, on the pages and through the API; its status moves apart (see
/// <see cref="ApplicationService.ChangeStatusAsync"/>), so that every move is dated and kept.
/// </summary>
public sealed class ApplicationForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter the employer's name.")]
    [StringLength(JobApplication.MaxCompanyLength, ErrorMessage = "Keep the employer's name under 200 characters.")]
    public string Company { get; set; } = "";

    [Required(ErrorMessage = "Enter the job title.")]
    [StringLength(JobApplication.MaxRoleLength, ErrorMessage = "Keep the job title under 200 characters.")]
    public string Role { get; set; } = "";

    [StringLength(JobApplication.MaxLocationLength, ErrorMessage = "Keep the location under 200 characters.")]
    public string? Location { get; set; }

    [StringLength(JobApplication.MaxLinkLength, ErrorMessage = "Keep the link under 500 characters.")]
    public string? Link { get; set; }

    public DateTime? Deadline { get; set; }

    [StringLength(JobApplication.MaxAdvertLength, ErrorMessage = "Keep the advert under 100,000 characters.")]
    public string? AdvertText { get; set; }

    [StringLength(JobApplication.MaxAdvertFileNameLength, ErrorMessage = "The file name is too long.")]
    public string? AdvertFileName { get; set; }

    [StringLength(JobApplication.MaxNotesLength, ErrorMessage = "Keep the notes under 20,000 characters.")]
    public string? Notes { get; set; }

    [StringLength(JobApplication.MaxNextActionLength, ErrorMessage = "Keep the next action under 300 characters.")]
    public string? NextAction { get; set; }

    public DateTime? NextActionDate { get; set; }

    public bool RemindByEmail { get; set; }

    public List<ContactRow> Contacts { get; set; } = [];

    /// <summary>A contact as the form edits it (a record would be replaced on every keystroke).</summary>
    public sealed class ContactRow
    {
        public string Name { get; set; } = "";
        public string? Role { get; set; }
        public string? Email { get; set; }
        public string? Phone { get; set; }
    }

    public static ApplicationForm From(JobApplication a) => new()
    {
        Company = a.Company, Role = a.Role, Location = a.Location, Link = a.Link,
        Deadline = a.Deadline?.ToDateTime(TimeOnly.MinValue), AdvertText = a.AdvertText, AdvertFileName = a.AdvertFileName,
        Notes = a.Notes, NextAction = a.NextAction, NextActionDate = a.NextActionDate?.ToDateTime(TimeOnly.MinValue),
        RemindByEmail = a.RemindByEmail,
        Contacts = [.. a.Contacts.Select(c => new ContactRow { Name = c.Name, Role = c.Role, Email = c.Email, Phone = c.Phone })],
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var today = FormRules.Today(validationContext);
        var latest = FormRules.LatestPlannedDate(today);
        if (FormRules.Clean(Link) is { } link && !FormRules.IsWebAddress(link))
        {
            yield return new("Enter the advert's web address, starting with https:// or http://.", [nameof(Link)]);
        }
        if (Deadline is { } deadline && (deadline < FormRules.EarliestDate || deadline > latest))
        {
            yield return new($"The deadline must be between {FormRules.EarliestDate:yyyy} and {latest:yyyy}.", [nameof(Deadline)]);
        }
        if (NextActionDate is { } due && (due < FormRules.EarliestDate || due > latest))
        {
            yield return new($"The date must be between {FormRules.EarliestDate:yyyy} and {latest:yyyy}.", [nameof(NextActionDate)]);
        }
        if (NextActionDate is not null && FormRules.Clean(NextAction) is null)
        {
            yield return new("Say what the next action is, or clear its date.", [nameof(NextAction)]);
        }
        if (RemindByEmail && NextActionDate is null)
        {
            yield return new("A reminder needs the date of the next action.", [nameof(NextActionDate)]);
        }
        foreach (var result in ContactProblems())
        {
            yield return result;
        }
    }

    private IEnumerable<ValidationResult> ContactProblems()
    {
        if (Contacts.Count > JobApplication.MaxContacts)
        {
            yield return new($"Add at most {JobApplication.MaxContacts} contacts.", [nameof(Contacts)]);
            yield break;
        }
        foreach (var contact in Contacts)
        {
            var name = FormRules.Clean(contact.Name);
            if (name is null || name.Length > 200 || contact.Role?.Trim().Length > 200)
            {
                yield return new("Give each contact a name (and a role) under 200 characters.", [nameof(Contacts)]);
            }
            else if (FormRules.Clean(contact.Email) is { } email && (email.Length > 256 || !FormRules.IsEmailAddress(email)))
            {
                yield return new($"Enter an email address like name@example.com for {name}.", [nameof(Contacts)]);
            }
            else if (FormRules.Clean(contact.Phone) is { } phone && (phone.Length > 40 || !FormRules.IsPhoneNumber(phone)))
            {
                yield return new($"Enter a phone number with digits for {name}, e.g. +34 612 345 678.", [nameof(Contacts)]);
            }
        }
    }

    public void ApplyTo(JobApplication a)
    {
        a.Company = Company.Trim();
        a.Role = Role.Trim();
        a.Location = FormRules.Clean(Location);
        a.Link = FormRules.Clean(Link);
        a.Deadline = Deadline is { } deadline ? DateOnly.FromDateTime(deadline) : null;
        a.AdvertText = FormRules.Clean(AdvertText);
        a.AdvertFileName = a.AdvertText is null ? null : FormRules.Clean(AdvertFileName);
        a.Notes = FormRules.Clean(Notes);
        a.NextAction = FormRules.Clean(NextAction);
        var due = NextActionDate is { } date ? DateOnly.FromDateTime(date) : (DateOnly?)null;
        a.NextActionDate = due;
        a.RemindByEmail = RemindByEmail && due is not null;
        a.Contacts = [.. Contacts.Select(c => new ApplicationContact(
            c.Name.Trim(), FormRules.Clean(c.Role), FormRules.Clean(c.Email), FormRules.Clean(c.Phone)))];
    }
}
