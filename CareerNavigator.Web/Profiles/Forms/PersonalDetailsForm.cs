using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Profiles.Forms;

public sealed class PersonalDetailsForm : IProfileSection
{
    [Range(14, 100, ErrorMessage = "Enter an age between 14 and 100.")]
    public int? Age { get; set; }

    [StringLength(100, ErrorMessage = "Keep the country under 100 characters.")]
    public string? BirthCountry { get; set; }

    [StringLength(100, ErrorMessage = "Keep the city under 100 characters.")]
    public string? BirthCity { get; set; }

    [StringLength(200, ErrorMessage = "Keep the location under 200 characters.")]
    public string? CurrentLocation { get; set; }

    public static PersonalDetailsForm From(UserProfile p) => new()
    {
        Age = p.Age, BirthCountry = p.BirthCountry, BirthCity = p.BirthCity, CurrentLocation = p.CurrentLocation,
    };

    public void ApplyTo(UserProfile p)
    {
        p.Age = Age;
        p.BirthCountry = FormRules.Clean(BirthCountry);
        p.BirthCity = FormRules.Clean(BirthCity);
        p.CurrentLocation = FormRules.Clean(CurrentLocation);
    }
}
