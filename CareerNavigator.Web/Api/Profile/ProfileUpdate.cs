using System.ComponentModel.DataAnnotations;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;
using CareerNavigator.Web.Profiles.Forms;

namespace CareerNavigator.Web.Api.Profile;

/// <summary>
/// The whole profile in one update: the profile page's section forms, validated together (their rules, not a
/// copy) and applied in one save, so an invalid field leaves every section unchanged.
/// </summary>
public sealed class ProfileUpdate(ProfileResource body) : IProfileSection, IValidatableObject
{
    private readonly IReadOnlyList<IProfileSection> _sections =
    [
        new GoalsForm { CareerGoals = body.CareerGoals, ShortTermGoals = body.ShortTermGoals, LongTermGoals = body.LongTermGoals },
        new CvForm { CvContent = body.CvContent, LinkedinProfileUrl = body.LinkedinProfileUrl },
        new AboutForm { LifeProfile = body.LifeProfile, Culture = body.Culture },
        new PersonalDetailsForm { Age = body.Age, BirthCountry = body.BirthCountry, BirthCity = body.BirthCity, CurrentLocation = body.CurrentLocation },
        new LocationsForm { DesiredJobLocations = body.DesiredJobLocations ?? [] },
        new LanguagesForm { Languages = body.Languages ?? [] },
    ];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var section in _sections)
        {
            var errors = new List<ValidationResult>();
            Validator.TryValidateObject(section, new ValidationContext(section), errors, validateAllProperties: true);
            foreach (var error in errors)
            {
                yield return error;
            }
        }
    }

    public void ApplyTo(UserProfile profile)
    {
        foreach (var section in _sections)
        {
            section.ApplyTo(profile);
        }
    }
}
