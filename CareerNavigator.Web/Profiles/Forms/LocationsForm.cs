using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

public sealed class LocationsForm : IProfileSection, IValidatableObject
{
    public List<string> DesiredJobLocations { get; set; } = [];

    public static LocationsForm From(UserProfile p) => new() { DesiredJobLocations = [.. p.DesiredJobLocations] };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FormRules.ShortList(DesiredJobLocations, nameof(DesiredJobLocations), "places", maxItems: 10, maxLength: 100);

    public void ApplyTo(UserProfile p) => p.DesiredJobLocations = FormRules.Clean(DesiredJobLocations);
}
