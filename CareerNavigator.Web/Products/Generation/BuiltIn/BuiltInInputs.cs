using System.Text.Json;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Products.Types;

namespace CareerNavigator.Web.Products.Generation.BuiltIn;

/// <summary>
/// The built-in generator's "prompt": a JSON record of exactly the inputs it read and what it derived from
/// them (roles, gaps, places), so a stored version can be explained and reproduced later even after the
/// profile has changed. The CV text and life story are not copied.
/// </summary>
internal static class BuiltInInputs
{
    public const int Version = 2;

    public static string Describe(ProfileFacts facts, ProductType type)
    {
        var profile = facts.Profile;
        var description = new
        {
            Generator = BuiltInProductGenerator.ModelName,
            GeneratorVersion = Version,
            ProductType = type.Label(),
            UserGroup = facts.Input.Group?.Label(),
            GroupUsed = facts.Group.Label(),
            Profile = new
            {
                Name = facts.Name,
                facts.Email,
                profile.Headline,
                profile.Summary,
                profile.Phone,
                profile.PublicEmail,
                Links = profile.Links.Select(l => new { l.Label, l.Url }),
                profile.CareerGoals,
                profile.ShortTermGoals,
                profile.LongTermGoals,
                profile.CurrentLocation,
                profile.DesiredJobLocations,
                Languages = profile.Languages.Select(l => new { l.Language, l.Proficiency }),
                profile.LinkedinProfileUrl,
            },
            Jobs = facts.Jobs.Select(j => new { j.Id, j.CompanyName, j.Position, j.StartDate, j.StartDatePrecision, j.EndDate, j.EndDatePrecision, j.IsCurrent, j.Location, j.Description, j.Achievements, j.SkillsUsed }),
            Courses = facts.Courses.Select(c => new { c.Id, c.CourseName, c.Institution, c.Provider, c.CompletionDate, c.CompletionDatePrecision, c.DurationHours, c.CertificateUrl, c.SkillsLearned }),
            Education = facts.Education.Select(e => new { e.Id, e.InstitutionName, e.Degree, e.FieldOfStudy, e.StartDate, e.StartDatePrecision, e.EndDate, e.EndDatePrecision, e.Location, e.Gpa, e.Honors, e.Description }),
            // The application a letter is written for, with the match it was written from.
            facts.Input.Application,
            Derived = new
            {
                TargetOccupations = facts.Roles.Select(r => new { r.Source.Occupation.Uri, r.Name, r.Source.FromGoalText, r.RegulatedBy }),
                Strengths = facts.Strengths.Select(s => s.Name),
                SkillGaps = facts.Gaps.Select(g => g.Name),
                Sectors = facts.Sectors.Select(s => s.Kind),
                Destinations = facts.Destinations.Select(d => new { d.Text, Country = d.Country?.Name, d.IsRemote }),
            },
        };
        return JsonSerializer.Serialize(description, ProductJson.Options);
    }
}
