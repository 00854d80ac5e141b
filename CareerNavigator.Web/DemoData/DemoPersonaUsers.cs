using CareerNavigator.Data.Entities;
using CareerNavigator.Web.DemoData;

namespace CareerNavigator.Web.DemoData;

/// <summary>A users row (no password: it cannot sign in) carrying a demo persona's whole profile, for the benchmark and the tests.</summary>
internal static class DemoPersonaUsers
{
    public static User Create(DemoPersona persona, string email)
    {
        var user = Account(email, persona.Group);
        user.Profile = persona.Profile();
        user.JobExperiences = [.. persona.Jobs()];
        user.Courses = [.. persona.Courses()];
        user.AcademicRecords = [.. persona.Education()];
        return user;
    }

    /// <summary>A users row signed in by email, with an empty profile.</summary>
    public static User Account(string email, UserGroup? group) => new()
    {
        Email = email,
        UserName = email,
        NormalizedEmail = email.ToUpperInvariant(),
        NormalizedUserName = email.ToUpperInvariant(),
        SecurityStamp = Guid.NewGuid().ToString(),
        UserGroup = group,
        Profile = new UserProfile(),
    };
}
