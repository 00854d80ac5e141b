using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>
    /// Stores the persona's goal occupation for <paramref name="userId"/> when the database holds it (ESCO loaded),
    /// as the wizard would; saved with the context's next save.
    /// </summary>
    public static async Task AddGoalOccupationAsync(CareerNavigatorDbContext db, int userId, DemoPersona persona)
    {
        if (persona.GoalOccupationUri is { } uri
            && await db.EscoOccupations.Where(o => o.Uri == uri).Select(o => (int?)o.Id).SingleOrDefaultAsync() is { } occupationId)
        {
            db.GoalOccupations.Add(new GoalOccupation { UserId = userId, OccupationId = occupationId });
        }
    }
}
