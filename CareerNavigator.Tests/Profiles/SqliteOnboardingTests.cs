using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Onboarding;
using CareerNavigator.Web.Profiles;
using CareerNavigator.Web.Profiles.Forms;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Profiles;

/// <summary>The embedded default: a whole onboarding's writes through the same services, on SQLite.</summary>
public sealed class SqliteOnboardingTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{

    [Fact]
    public async Task Every_step_saves_on_SQLite_exactly_once()
    {
        int userId;
        await using (var db = database.CreateDbContext())
        {
            userId = (await TestUsers.AddAsync(db)).Id;
        }
        var user = TestCurrentUser.For(userId);
        var onboarding = new OnboardingService(database, user, TimeProvider.System);
        var profiles = new ProfileService(database, user);

        await onboarding.SaveClassificationAsync(new ClassificationAnswers(0, null, true), UserGroup.InexperiencedWithGoal);
        await onboarding.SaveInterestsAsync(["biology", "children"]);
        await profiles.SaveAsync(new GoalsForm { CareerGoals = "Paediatric nurse" });
        await profiles.SaveAsync(new LanguagesForm { Languages = [new("Tagalog", "native"), new("English", "C1")] });
        await profiles.SaveAsync(new LocationsForm { DesiredJobLocations = ["Dublin", "London"] });
        await new UserRecordStore<AcademicRecord>(database, user, TestCurrentUser.Authorization).SaveAsync(new EducationForm { InstitutionName = "Northbay College", Gpa = 3.6 });
        await new UserRecordStore<JobExperience>(database, user, TestCurrentUser.Authorization).SaveAsync(new JobForm { CompanyName = "Care Home", Position = "Care assistant", StartDate = new DateTime(2024, 6, 1), IsCurrent = true });
        await onboarding.MoveToAsync(OnboardingStep.Review);

        var state = await onboarding.GetAsync();
        Assert.Equal(UserGroup.InexperiencedWithGoal, state.Group);
        Assert.Equal(OnboardingStep.Review, state.CurrentStep);
        Assert.True(state.Completed);
        Assert.Equal(["biology", "children"], state.Answers.Interests);
        await using var check = database.CreateDbContext();
        var profile = await check.UserProfiles.SingleAsync(p => p.UserId == userId);
        Assert.Equal("Paediatric nurse", profile.CareerGoals);
        Assert.Equal([new LanguageSkill("Tagalog", "native"), new LanguageSkill("English", "C1")], profile.Languages);
        Assert.Equal(["Dublin", "London"], profile.DesiredJobLocations);
        Assert.Equal(1, await check.AcademicRecords.CountAsync(a => a.UserId == userId));
        Assert.Equal(1, await check.JobExperiences.CountAsync(j => j.UserId == userId));
        // The goals step reads the profile with the goal occupation in one statement (left joins SQLite runs too).
        var (goals, occupation) = await new GoalOccupationService(database, user).GetWithProfileAsync();
        Assert.Equal("Paediatric nurse", goals.CareerGoals);
        Assert.Null(occupation);
    }
}
