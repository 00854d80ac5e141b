using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Dashboard;

public sealed record ProfileSection(string Name, bool Done);

/// <summary>Which parts of a profile are filled in, in the order the wizard asks for them.</summary>
public static class ProfileCompleteness
{
    public static IReadOnlyList<ProfileSection> Sections(
        UserGroup? group, UserProfile? profile, int jobs, int courses, int education)
    {
        var p = profile ?? new UserProfile();
        var hasGoal = Filled(p.CareerGoals) || Filled(p.ShortTermGoals) || Filled(p.LongTermGoals);
        return
        [
            new("Your situation", group is not null),
            new("Goals", hasGoal || group == UserGroup.InexperiencedNoGoal && Filled(p.LifeProfile)),
            new("CV", Filled(p.CvContent)),
            new("LinkedIn", Filled(p.LinkedinProfileUrl) || Filled(p.LinkedinProfileData)),
            new("Life story", Filled(p.LifeProfile)),
            new("Your name", Filled(p.FullName)),
            new("Personal details", p.Age is not null && Filled(p.BirthCountry) && Filled(p.CurrentLocation)),
            new("Where you want to work", p.DesiredJobLocations.Count > 0),
            new("Languages", p.Languages.Count > 0),
            new("Work experience", jobs > 0 || group is UserGroup.InexperiencedWithGoal or UserGroup.InexperiencedNoGoal),
            new("Courses and certificates", courses > 0),
            new("Education", education > 0),
        ];
    }

    public static int Percent(IReadOnlyList<ProfileSection> sections) =>
        sections.Count == 0 ? 0 : (int)Math.Round(100.0 * sections.Count(s => s.Done) / sections.Count);

    private static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);
}
