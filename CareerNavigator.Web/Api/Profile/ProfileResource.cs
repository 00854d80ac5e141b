using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Api.Profile;

/// <summary>The caller's profile as the API shows it; the same fields are sent back to update it.</summary>
public sealed record ProfileResource
{
    public string? CareerGoals { get; init; }
    public string? ShortTermGoals { get; init; }
    public string? LongTermGoals { get; init; }
    public string? CvContent { get; init; }
    public string? LinkedinProfileUrl { get; init; }
    public string? LifeProfile { get; init; }
    public string? Culture { get; init; }
    public int? Age { get; init; }
    public string? BirthCountry { get; init; }
    public string? BirthCity { get; init; }
    public string? CurrentLocation { get; init; }
    public List<string>? DesiredJobLocations { get; init; }
    public List<LanguageSkill>? Languages { get; init; }

    /// <summary>Set by the server; ignored in updates.</summary>
    public DateTime? UpdatedAt { get; init; }

    public static ProfileResource From(UserProfile p) => new()
    {
        CareerGoals = p.CareerGoals, ShortTermGoals = p.ShortTermGoals, LongTermGoals = p.LongTermGoals,
        CvContent = p.CvContent, LinkedinProfileUrl = p.LinkedinProfileUrl, LifeProfile = p.LifeProfile, Culture = p.Culture,
        Age = p.Age, BirthCountry = p.BirthCountry, BirthCity = p.BirthCity, CurrentLocation = p.CurrentLocation,
        DesiredJobLocations = p.DesiredJobLocations, Languages = p.Languages,
        UpdatedAt = p.Id == 0 ? null : p.UpdatedAt,
    };
}
