using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Data;

/// <summary>A compiled query runs on both providers in one process (EF alone would refuse the second model).</summary>
public sealed class PerModelTests(MigratedDatabase postgres) : IClassFixture<MigratedDatabase>, IAsyncLifetime
{
    private readonly SqliteTestDatabase _sqlite = new();

    private static readonly PerModel<Func<CareerNavigatorDbContext, string, CancellationToken, Task<User?>>> UserByEmail = new(() =>
        EF.CompileAsyncQuery((CareerNavigatorDbContext db, string email, CancellationToken _) =>
            db.Users.AsNoTracking().SingleOrDefault(u => u.Email == email)));

    public Task InitializeAsync() => _sqlite.InitializeAsync();

    public Task DisposeAsync() => _sqlite.DisposeAsync();

    [Fact]
    public async Task The_same_compiled_query_answers_on_PostgreSQL_and_on_SQLite()
    {
        await using var pg = postgres.CreateContext();
        await using var lite = _sqlite.CreateDbContext();
        var email = $"per-model-{Guid.NewGuid():N}@example.test";
        await AddUserAsync(pg, email, UserGroup.ExperiencedChanging);
        await AddUserAsync(lite, email, UserGroup.InexperiencedNoGoal);

        // Alternating providers: each model keeps its own compiled query.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(UserGroup.ExperiencedChanging, (await UserByEmail.For(pg)(pg, email, default))?.UserGroup);
            Assert.Equal(UserGroup.InexperiencedNoGoal, (await UserByEmail.For(lite)(lite, email, default))?.UserGroup);
        }
        Assert.NotSame(UserByEmail.For(pg), UserByEmail.For(lite));
        Assert.Same(UserByEmail.For(pg), UserByEmail.For(pg));
        Assert.Null(await UserByEmail.For(pg)(pg, "nobody@example.test", default));
    }

    private static async Task AddUserAsync(CareerNavigatorDbContext db, string email, UserGroup group)
    {
        db.Users.Add(new User { UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), UserGroup = group });
        await db.SaveChangesAsync();
    }
}
