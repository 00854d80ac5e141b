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
    /// <param name="withGoalOccupation">Whether the user holds the goal occupation the persona chose (where the database holds ESCO), as the demo seeder stores it.</param>
    public static async Task<User> AddAsync(CareerNavigatorDbContext db, DemoPersona persona, bool withGoalOccupation = true)
    {
        var user = DemoPersonaUsers.Create(persona, TestUsers.UniqueEmail());
        db.Users.Add(user);
        await db.SaveChangesAsync();
        if (withGoalOccupation)
        {
            await DemoPersonaUsers.AddGoalOccupationAsync(db, user.Id, persona);
            await db.SaveChangesAsync();
        }
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
