using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace CareerNavigator.Web.DemoData;

/// <summary>Development only: an admin and one complete job seeker per user group. Runs once per database.</summary>
public sealed class DemoDataSeeder(
    UserManager<User> userManager,
    CareerNavigatorDbContext db,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync()
    {
        if (await userManager.FindByEmailAsync(DemoAccounts.AdminEmail) is null)
        {
            var admin = await CreateAccountAsync(DemoAccounts.AdminEmail, group: null);
            await userManager.AddToRoleAsync(admin, Roles.Admin);
        }

        foreach (var persona in DemoPersonas.All)
        {
            if (await userManager.FindByEmailAsync(persona.Email) is not null)
            {
                continue;
            }

            var user = await CreateAccountAsync(persona.Email, persona.Group);
            var profile = persona.Profile();
            profile.UserId = user.Id;
            db.UserProfiles.Add(profile);
            db.JobExperiences.AddRange(persona.Jobs().Select(j => { j.UserId = user.Id; return j; }));
            db.Courses.AddRange(persona.Courses().Select(c => { c.UserId = user.Id; return c; }));
            db.AcademicRecords.AddRange(persona.Education().Select(a => { a.UserId = user.Id; return a; }));
            await DemoPersonaUsers.AddGoalOccupationAsync(db, user.Id, persona);
            await db.SaveChangesAsync();
            logger.LogInformation("Seeded demo user {Email} ({Group}).", persona.Email, persona.Group);
        }
    }

    private async Task<User> CreateAccountAsync(string email, UserGroup? group)
    {
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, UserGroup = group };
        var result = await userManager.CreateAsync(user, DemoAccounts.Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        return user;
    }
}
