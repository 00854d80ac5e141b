using CareerNavigator.Data;
using CareerNavigator.Data.Entities;

namespace CareerNavigator.Tests.Infrastructure;

public static class TestUsers
{
    public static string UniqueEmail(string prefix = "user") => $"{prefix}+{Guid.NewGuid():N}@example.com";

    /// <summary>Adds a bare users row straight through the context (no Identity), for data-level tests.</summary>
    public static async Task<User> AddAsync(CareerNavigatorDbContext db, UserGroup? group = null)
    {
        var email = UniqueEmail();
        var user = new User
        {
            Email = email,
            UserName = email,
            NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(),
            UserGroup = group,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}
