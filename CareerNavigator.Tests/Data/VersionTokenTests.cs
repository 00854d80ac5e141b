using System.Linq.Expressions;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Profiles;
using CareerNavigator.Web.Profiles.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareerNavigator.Tests.Data;

/// <summary>
/// A change that names the version it started from (the API's If-Match) is refused when the row is another version, and
/// the statement that saves checks it too: a write landing between the service's read and its save fails the save
/// instead of being overwritten.
/// </summary>
public sealed class VersionTokenTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_write_between_the_read_and_the_save_fails_the_save_of_each_versioned_table()
    {
        var userId = await NewUserAsync();
        await using (var setup = database.CreateContext())
        {
            setup.UserProfiles.Add(new UserProfile { UserId = userId, CareerGoals = "first" });
            setup.JobExperiences.Add(new JobExperience { UserId = userId, CompanyName = "Acme", Position = "Clerk", StartDate = new DateOnly(2020, 1, 1) });
            setup.Courses.Add(new Course { UserId = userId, CourseName = "SQL" });
            setup.AcademicRecords.Add(new AcademicRecord { UserId = userId, InstitutionName = "Open University" });
            await setup.SaveChangesAsync();
        }

        await ExpectConflictAsync<UserProfile>(p => p.UserId == userId, p => p.CareerGoals = "mine", p => p.CareerGoals = "theirs");
        await ExpectConflictAsync<JobExperience>(j => j.UserId == userId, j => j.Position = "mine", j => j.Position = "theirs");
        await ExpectConflictAsync<Course>(c => c.UserId == userId, c => c.CourseName = "mine", c => c.CourseName = "theirs");
        await ExpectConflictAsync<AcademicRecord>(r => r.UserId == userId, r => r.InstitutionName = "mine", r => r.InstitutionName = "theirs");
    }

    [Fact]
    public async Task A_record_update_naming_an_old_version_is_refused_and_changes_nothing()
    {
        var userId = await NewUserAsync();
        var store = Store<Course>(database, userId);
        var saved = await store.SaveAsync(new CourseForm { CourseName = "SQL basics" });
        var read = await store.FindAsync(saved.Id);
        await store.SaveAsync(new CourseForm { Id = saved.Id, CourseName = "SQL for analysts" });

        await Assert.ThrowsAsync<RecordChangedException>(() => store.SaveAsync(new CourseForm { Id = saved.Id, CourseName = "Older" }, read!.UpdatedAt));
        await Assert.ThrowsAsync<RecordChangedException>(() => store.DeleteAsync(saved.Id, read!.UpdatedAt));

        var current = await store.FindAsync(saved.Id);
        Assert.Equal("SQL for analysts", current!.CourseName);
        var updated = await store.SaveAsync(new CourseForm { Id = saved.Id, CourseName = "SQL, current" }, current.UpdatedAt);
        Assert.Equal("SQL, current", updated.CourseName);
        await store.DeleteAsync(saved.Id, updated.UpdatedAt);
        Assert.Null(await store.FindAsync(saved.Id));
    }

    [Fact]
    public async Task A_record_update_naming_the_version_it_read_fails_when_another_write_lands_before_its_save()
    {
        var userId = await NewUserAsync();
        var saved = await Store<Course>(database, userId).SaveAsync(new CourseForm { CourseName = "SQL basics" });
        var race = new WriteBeforeSave(database, db =>
            db.Courses.Where(c => c.Id == saved.Id).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.CourseName, "From the other tab").SetProperty(c => c.UpdatedAt, c => c.UpdatedAt.AddSeconds(1))));

        var racing = Store<Course>(race, userId);
        await Assert.ThrowsAsync<RecordChangedException>(() =>
            racing.SaveAsync(new CourseForm { Id = saved.Id, CourseName = "From the API" }, saved.UpdatedAt));

        Assert.Equal("From the other tab", (await Store<Course>(database, userId).FindAsync(saved.Id))!.CourseName);
    }

    [Fact]
    public async Task A_profile_update_naming_an_old_version_is_refused_and_the_version_read_is_checked_by_the_save()
    {
        var userId = await NewUserAsync();
        var profiles = Profiles(database, userId);
        var empty = await profiles.GetAsync();
        // The profile does not exist yet: its version is the empty profile's.
        await profiles.SaveAsync(new GoalsForm { CareerGoals = "Data analyst" }, empty.UpdatedAt);
        var read = await profiles.GetAsync();
        await Assert.ThrowsAsync<RecordChangedException>(() => profiles.SaveAsync(new GoalsForm { CareerGoals = "Nurse" }, empty.UpdatedAt));
        await profiles.SaveAsync(new GoalsForm { CareerGoals = "Data engineer" });
        await Assert.ThrowsAsync<RecordChangedException>(() => profiles.SaveAsync(new GoalsForm { CareerGoals = "Nurse" }, read.UpdatedAt));
        Assert.Equal("Data engineer", (await profiles.GetAsync()).CareerGoals);

        var current = await profiles.GetAsync();
        var race = new WriteBeforeSave(database, db =>
            db.UserProfiles.Where(p => p.UserId == userId).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.CareerGoals, "From the other tab").SetProperty(p => p.UpdatedAt, p => p.UpdatedAt.AddSeconds(1))));
        await Assert.ThrowsAsync<RecordChangedException>(() => Profiles(race, userId).SaveAsync(new GoalsForm { CareerGoals = "From the API" }, current.UpdatedAt));
        Assert.Equal("From the other tab", (await profiles.GetAsync()).CareerGoals);
    }

    [Fact]
    public async Task Without_a_named_version_a_section_still_replaces_its_own_fields()
    {
        var userId = await NewUserAsync();
        var profiles = Profiles(database, userId);
        await profiles.SaveAsync(new GoalsForm { CareerGoals = "Data analyst" });
        await profiles.SaveAsync(new LocationsForm { DesiredJobLocations = ["Dublin"] });
        await profiles.SaveAsync(new GoalsForm { CareerGoals = "Data engineer" });

        var profile = await profiles.GetAsync();
        Assert.Equal("Data engineer", profile.CareerGoals);
        Assert.Equal(["Dublin"], profile.DesiredJobLocations);
    }

    [Fact]
    public async Task Without_a_named_version_a_write_landing_before_the_save_is_not_an_error_the_change_goes_onto_the_newest_row()
    {
        var userId = await NewUserAsync();
        var profiles = Profiles(database, userId);
        await profiles.SaveAsync(new GoalsForm { CareerGoals = "Data analyst" });
        var race = new WriteBeforeSave(database, db =>
            db.UserProfiles.Where(p => p.UserId == userId).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Culture, "Galician").SetProperty(p => p.UpdatedAt, p => p.UpdatedAt.AddSeconds(1))));

        await Profiles(race, userId).SaveAsync(new GoalsForm { CareerGoals = "Data engineer" });

        var profile = await profiles.GetAsync();
        Assert.Equal("Data engineer", profile.CareerGoals);
        Assert.Equal("Galician", profile.Culture);

        var course = await Store<Course>(database, userId).SaveAsync(new CourseForm { CourseName = "SQL basics" });
        var courseRace = new WriteBeforeSave(database, db =>
            db.Courses.Where(c => c.Id == course.Id).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.CourseName, "From the other tab").SetProperty(c => c.UpdatedAt, c => c.UpdatedAt.AddSeconds(1))));
        await Store<Course>(courseRace, userId).SaveAsync(new CourseForm { Id = course.Id, CourseName = "From this page" });
        Assert.Equal("From this page", (await Store<Course>(database, userId).FindAsync(course.Id))!.CourseName);
    }

    [Fact]
    public async Task Sections_saved_at_the_same_moment_without_a_version_all_land()
    {
        // A wizard step's draft save and its "Save and continue" can be in flight together.
        var userId = await NewUserAsync();
        var profiles = Profiles(database, userId);
        await profiles.SaveAsync(new GoalsForm { CareerGoals = "Nurse" });

        await Task.WhenAll(
            Profiles(database, userId).SaveAsync(new GoalsForm { CareerGoals = "Paediatric nurse" }),
            Profiles(database, userId).SaveAsync(new LocationsForm { DesiredJobLocations = ["Dublin"] }),
            Profiles(database, userId).SaveAsync(new LanguagesForm { Languages = [new("English", "C1")] }),
            Profiles(database, userId).SaveAsync(new CvForm { CvContent = "Ten years on a children's ward." }));

        var profile = await profiles.GetAsync();
        Assert.Equal("Paediatric nurse", profile.CareerGoals);
        Assert.Equal(["Dublin"], profile.DesiredJobLocations);
        Assert.Equal("English", Assert.Single(profile.Languages).Language);
        Assert.Equal("Ten years on a children's ward.", profile.CvContent);
    }

    private async Task ExpectConflictAsync<T>(Expression<Func<T, bool>> which, Action<T> mine, Action<T> theirs) where T : class, ITimestamped
    {
        await using var first = database.CreateContext();
        var row = await first.Set<T>().SingleAsync(which);
        await using (var second = database.CreateContext())
        {
            var other = await second.Set<T>().SingleAsync(which);
            theirs(other);
            await second.SaveChangesAsync();
        }

        mine(row);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
    }

    private async Task<int> NewUserAsync()
    {
        await using var db = database.CreateContext();
        return (await TestUsers.AddAsync(db)).Id;
    }

    private static UserRecordStore<T> Store<T>(IDbContextFactory<CareerNavigatorDbContext> contexts, int userId) where T : class, IUserOwned, ITimestamped =>
        new(contexts, TestCurrentUser.For(userId), TestCurrentUser.Authorization);

    private static UserRecordStore<T> Store<T>(MigratedDatabase database, int userId) where T : class, IUserOwned, ITimestamped =>
        Store<T>(new TestContextFactory(database), userId);

    private static ProfileService Profiles(IDbContextFactory<CareerNavigatorDbContext> contexts, int userId) =>
        new(contexts, TestCurrentUser.For(userId));

    private static ProfileService Profiles(MigratedDatabase database, int userId) => Profiles(new TestContextFactory(database), userId);

    /// <summary>Contexts whose first save is preceded by another connection's write: the race an If-Match check alone misses.</summary>
    private sealed class WriteBeforeSave(MigratedDatabase database, Func<CareerNavigatorDbContext, Task> write)
        : SaveChangesInterceptor, IDbContextFactory<CareerNavigatorDbContext>
    {
        private int _fired;

        public CareerNavigatorDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<PostgresDbContext>();
            options.UseCareerNavigatorDatabase(DatabaseProvider.Postgres, database.ConnectionString).AddInterceptors(this);
            return new PostgresDbContext(options.Options);
        }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _fired, 1) == 0)
            {
                await using var other = database.CreateContext();
                await write(other);
            }
            return result;
        }
    }
}
