using Microsoft.EntityFrameworkCore;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.DemoData;
using CareerNavigator.Web.Products.Generation;

namespace CareerNavigator.Tests.Products.Generation;

/// <summary>A new, unique user holding a demo persona's whole profile.</summary>
public static class PersonaRows
{
    public static async Task<User> AddAsync(CareerNavigatorDbContext db, DemoPersona persona)
    {
        var user = DemoPersonaUsers.Create(persona, TestUsers.UniqueEmail());
        db.Users.Add(user);
        await db.SaveChangesAsync();
        // The goal occupation the persona chose, where the database holds ESCO (as the demo seeder does).
        await DemoPersonaUsers.AddGoalOccupationAsync(db, user.Id, persona);
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
