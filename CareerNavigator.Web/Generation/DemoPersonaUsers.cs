using CareerNavigator.Data.Entities;
using CareerNavigator.Web.DemoData;

namespace CareerNavigator.Web.Generation;

/// <summary>A users row (no password: it cannot sign in) carrying a demo persona's whole profile, for the benchmark and the tests.</summary>
internal static class DemoPersonaUsers
{
    public static User Create(DemoPersona persona, string email) => new()
    {
        Email = email,
        UserName = email,
        NormalizedEmail = email.ToUpperInvariant(),
        NormalizedUserName = email.ToUpperInvariant(),
        SecurityStamp = Guid.NewGuid().ToString(),
        UserGroup = persona.Group,
        Profile = persona.Profile(),
        JobExperiences = [.. persona.Jobs()],
        Courses = [.. persona.Courses()],
        AcademicRecords = [.. persona.Education()],
    };
}
