using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles.Forms;

namespace CareerNavigator.Web.Api.Profile;

/// <summary>
/// The caller's name and contact details (the top of their CV), a resource of its own beside <see cref="ProfileResource"/>
/// so that v1 clients replacing the profile never clear them. The LinkedIn address and the place the person lives stay
/// in the profile (<c>linkedin_profile_url</c>, <c>current_location</c>).
/// </summary>
public sealed record ContactResource
{
    public string? FullName { get; init; }
    public string? Headline { get; init; }
    public string? Summary { get; init; }
    public string? Phone { get; init; }
    public string? PublicEmail { get; init; }
    public List<ProfileLink>? Links { get; init; }

    /// <summary>Set by the server; ignored in updates.</summary>
    public DateTime? UpdatedAt { get; init; }

    public static ContactResource From(UserProfile p) => new()
    {
        FullName = p.FullName, Headline = p.Headline, Summary = p.Summary, Phone = p.Phone, PublicEmail = p.PublicEmail,
        Links = p.Links, UpdatedAt = p.Id == 0 ? null : p.UpdatedAt,
    };

    public ContactForm ToForm() => new()
    {
        FullName = FullName, Headline = Headline, Summary = Summary, Phone = Phone, PublicEmail = PublicEmail,
        Links = [.. (Links ?? []).Select(l => new ContactForm.LinkRow { Label = l.Label ?? "", Url = l.Url ?? "" })],
    };
}
