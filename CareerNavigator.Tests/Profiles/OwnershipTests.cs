using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Onboarding;
using CareerNavigator.Web.Profiles;
using CareerNavigator.Web.Profiles.Forms;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Profiles;

/// <summary>User B can neither read nor change user A's rows by id, through any service method.</summary>
public sealed class OwnershipTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Another_users_job_cannot_be_read_updated_or_deleted()
    {
        var (a, b) = await TwoUsersAsync();
        var job = await Store<JobExperience>(a).SaveAsync(new JobForm { CompanyName = "Acme", Position = "Analyst", StartDate = new DateTime(2020, 1, 1), IsCurrent = true });

        var asB = Store<JobExperience>(b);
        Assert.Null(await asB.FindAsync(job.Id));
        Assert.Empty(await asB.ListAsync());
        await Assert.ThrowsAsync<RecordNotFoundException>(() => asB.SaveAsync(new JobForm
        {
            Id = job.Id, CompanyName = "Hijacked", Position = "x", StartDate = new DateTime(2020, 1, 1), IsCurrent = true,
        }));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => asB.DeleteAsync(job.Id));

        var stored = Assert.Single(await Store<JobExperience>(a).ListAsync());
        Assert.Equal("Acme", stored.CompanyName);
    }

    [Fact]
    public async Task Another_users_course_and_education_cannot_be_touched()
    {
        var (a, b) = await TwoUsersAsync();
        var course = await Store<Course>(a).SaveAsync(new CourseForm { CourseName = "SQL basics" });
        var record = await Store<AcademicRecord>(a).SaveAsync(new EducationForm { InstitutionName = "Open University" });

        await Assert.ThrowsAsync<RecordNotFoundException>(() => Store<Course>(b).SaveAsync(new CourseForm { Id = course.Id, CourseName = "Mine now" }));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => Store<Course>(b).DeleteAsync(course.Id));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => Store<AcademicRecord>(b).SaveAsync(new EducationForm { Id = record.Id, InstitutionName = "Mine now" }));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => Store<AcademicRecord>(b).DeleteAsync(record.Id));
        Assert.Null(await Store<Course>(b).FindAsync(course.Id));
        Assert.Null(await Store<AcademicRecord>(b).FindAsync(record.Id));

        Assert.Equal("SQL basics", Assert.Single(await Store<Course>(a).ListAsync()).CourseName);
        Assert.Equal("Open University", Assert.Single(await Store<AcademicRecord>(a).ListAsync()).InstitutionName);
    }

    [Fact]
    public async Task An_admin_cannot_read_or_change_another_users_record_through_the_users_services()
    {
        var (owner, admin) = await TwoUsersAsync();
        var course = await Store<Course>(owner).SaveAsync(new CourseForm { CourseName = "SQL basics" });

        var asAdmin = Store<Course>(admin, Roles.Admin);
        Assert.Null(await asAdmin.FindAsync(course.Id));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => asAdmin.SaveAsync(new CourseForm { Id = course.Id, CourseName = "SQL fundamentals" }));

        var stored = Assert.Single(await Store<Course>(owner).ListAsync());
        Assert.Equal(("SQL basics", owner), (stored.CourseName, stored.UserId));
    }

    [Fact]
    public async Task Profile_and_onboarding_services_only_ever_touch_the_signed_in_users_rows()
    {
        var (a, b) = await TwoUsersAsync();
        await Profiles(a).SaveAsync(new GoalsForm { CareerGoals = "A's goal" });
        await Profiles(b).SaveAsync(new GoalsForm { CareerGoals = "B's goal" });
        await Onboarding(b).SaveClassificationAsync(new ClassificationAnswers(0, null, false), UserGroup.InexperiencedNoGoal);

        Assert.Equal("A's goal", (await Profiles(a).GetAsync()).CareerGoals);
        Assert.Null((await Onboarding(a).GetAsync()).Group);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.UserProfiles.CountAsync(p => p.UserId == a || p.UserId == b));
    }

    [Fact]
    public async Task Invalid_forms_are_refused_by_the_service_and_save_nothing()
    {
        var (a, _) = await TwoUsersAsync();

        await Assert.ThrowsAsync<FormValidationException>(() => Store<JobExperience>(a).SaveAsync(new JobForm
        {
            CompanyName = "Acme", Position = "Analyst", StartDate = new DateTime(2022, 1, 1), EndDate = new DateTime(2021, 1, 1),
        }));
        await Assert.ThrowsAsync<FormValidationException>(() => Profiles(a).SaveAsync(new PersonalDetailsForm { Age = 7 }));
        await Assert.ThrowsAsync<FormValidationException>(() => Onboarding(a).SaveInterestsAsync([new string('x', 61)]));

        Assert.Empty(await Store<JobExperience>(a).ListAsync());
        Assert.Null((await Profiles(a).GetAsync()).Age);
        Assert.Empty((await Onboarding(a).GetAsync()).Answers.Interests);
    }

    [Fact]
    public async Task Classification_and_progress_survive_a_new_circuit()
    {
        var (a, _) = await TwoUsersAsync();
        await Onboarding(a).SaveClassificationAsync(new ClassificationAnswers(5, true, null), UserGroup.ExperiencedChanging);
        await Onboarding(a).MoveToAsync(OnboardingStep.Jobs);

        var state = await Onboarding(a).GetAsync();
        Assert.Equal(UserGroup.ExperiencedChanging, state.Group);
        Assert.Equal(OnboardingStep.Jobs, state.CurrentStep);
        Assert.Equal(5, state.Answers.YearsOfPaidWork);
        Assert.Equal(UserGroup.ExperiencedChanging, state.Answers.SuggestedGroup);
    }

    private async Task<(int A, int B)> TwoUsersAsync()
    {
        await using var db = database.CreateContext();
        return ((await TestUsers.AddAsync(db)).Id, (await TestUsers.AddAsync(db)).Id);
    }

    private UserRecordStore<T> Store<T>(int userId, params string[] roles) where T : class, IUserOwned, ITimestamped =>
        new(new TestContextFactory(database), TestCurrentUser.For(userId, roles), TestCurrentUser.Authorization);

    private ProfileService Profiles(int userId) => new(new TestContextFactory(database), TestCurrentUser.For(userId));

    private OnboardingService Onboarding(int userId) => new(new TestContextFactory(database), TestCurrentUser.For(userId), TimeProvider.System);
}
