using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;

namespace CareerNavigator.Tests.Generation;

/// <summary>Writes a demo persona's rows for a new, unique user, as the demo seeder would.</summary>
public static class PersonaRows
{
    public static async Task<User> AddAsync(CareerNavigatorDbContext db, DemoPersona persona)
    {
        var user = await TestUsers.AddAsync(db, persona.Group);
        var profile = persona.Profile();
        profile.UserId = user.Id;
        db.UserProfiles.Add(profile);
        db.JobExperiences.AddRange(persona.Jobs().Select(j => { j.UserId = user.Id; return j; }));
        db.Courses.AddRange(persona.Courses().Select(c => { c.UserId = user.Id; return c; }));
        db.AcademicRecords.AddRange(persona.Education().Select(a => { a.UserId = user.Id; return a; }));
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>The personas as theory data, by index (DemoPersona itself is not serialisable for test names).</summary>
    public static TheoryData<int> Indexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < DemoPersonas.All.Count; i++)
        {
            data.Add(i);
        }
        return data;
    }
}
