using CareerNavigator.Tests.Occupations;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Products.Generation;

namespace CareerNavigator.Tests.Products.Generation;

public sealed class GenerationInputLoaderTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Records_come_current_job_first_then_newest_first_and_only_the_users_own()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db, UserGroup.ExperiencedContinuing);
        var other = await TestUsers.AddAsync(db);
        db.JobExperiences.AddRange(
            Job(user.Id, "Old", new DateOnly(2010, 1, 1)),
            Job(user.Id, "Current", new DateOnly(2015, 1, 1), current: true),
            Job(user.Id, "Recent", new DateOnly(2019, 1, 1)),
            Job(other.Id, "Not mine", new DateOnly(2020, 1, 1)));
        db.Courses.AddRange(
            new Course { UserId = user.Id, CourseName = "Undated" },
            new Course { UserId = user.Id, CourseName = "Newer", CompletionDate = new DateOnly(2024, 1, 1) },
            new Course { UserId = user.Id, CourseName = "Older", CompletionDate = new DateOnly(2020, 1, 1) });
        db.AcademicRecords.AddRange(
            new AcademicRecord { UserId = user.Id, InstitutionName = "Finished", StartDate = new DateOnly(2008, 9, 1), EndDate = new DateOnly(2012, 6, 30) },
            new AcademicRecord { UserId = user.Id, InstitutionName = "Ongoing", StartDate = new DateOnly(2023, 9, 1) });
        await db.SaveChangesAsync();

        var input = await new OccupationServicesFor(database).InputLoader.LoadAsync(user.Id);

        Assert.NotNull(input);
        Assert.Equal(["Current", "Recent", "Old"], input.Jobs.Select(j => j.Position));
        Assert.Equal(["Newer", "Older", "Undated"], input.Courses.Select(c => c.CourseName));
        Assert.Equal(["Ongoing", "Finished"], input.Education.Select(e => e.InstitutionName));
        Assert.Equal(UserGroup.ExperiencedContinuing, input.Group);
        Assert.Equal(user.Email, input.Profile.User?.Email);
        Assert.Null(input.Profile.User?.PasswordHash);
    }

    [Fact]
    public async Task A_user_without_a_profile_gets_an_empty_one_and_an_unknown_user_gets_nothing()
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        var loader = new OccupationServicesFor(database).InputLoader;

        var input = await loader.LoadAsync(user.Id);

        Assert.NotNull(input);
        Assert.Equal(user.Id, input.Profile.UserId);
        Assert.Null(input.Profile.CareerGoals);
        Assert.Empty(input.Jobs);
        Assert.Null(await loader.LoadAsync(int.MaxValue));
    }

    private static JobExperience Job(int userId, string position, DateOnly start, bool current = false) => new()
    {
        UserId = userId, CompanyName = "Acme", Position = position, StartDate = start, IsCurrent = current,
        EndDate = current ? null : start.AddYears(2),
    };
}
