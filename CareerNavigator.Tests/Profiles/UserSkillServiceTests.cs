using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Profiles;
using CareerNavigator.Web.Profiles.Skills;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Profiles;

public sealed class UserSkillServiceTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task A_typed_skill_is_listed_confirmed_with_its_level()
    {
        var user = await UserAsync();
        await Skills(user).AddAsync(new SkillForm { Name = "  SQL  ", Level = "Advanced" });

        var skill = Assert.Single(await Skills(user).ListAsync());
        Assert.Equal(("SQL", "Advanced", SkillSource.Typed, true), (skill.Name, skill.Level, skill.Source, skill.Confirmed));
    }

    [Fact]
    public async Task Adding_a_name_already_on_the_profile_merges_keeping_the_earlier_source_and_confirms()
    {
        var user = await UserAsync();
        await using (var db = database.CreateContext())
        {
            db.UserSkills.Add(new UserSkill { UserId = user, Name = "Project Management", NormalizedName = UserSkill.Normalize("Project Management"), Source = SkillSource.OccupationMatch });
            await db.SaveChangesAsync();
        }

        await Skills(user).AddAsync(new SkillForm { Name = "project   MANAGEMENT", Level = "Intermediate" });

        var skill = Assert.Single(await Skills(user).ListAsync());
        Assert.Equal(("Project Management", "Intermediate", SkillSource.OccupationMatch, true), (skill.Name, skill.Level, skill.Source, skill.Confirmed));
    }

    [Fact]
    public async Task The_database_refuses_two_rows_for_the_same_normalised_name()
    {
        var user = await UserAsync();
        await using var db = database.CreateContext();
        db.UserSkills.Add(new UserSkill { UserId = user, Name = "SQL", NormalizedName = "sql", Source = SkillSource.Typed });
        db.UserSkills.Add(new UserSkill { UserId = user, Name = "sql", NormalizedName = "sql", Source = SkillSource.LinkedIn });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Level_confirm_and_remove_change_the_users_own_skill()
    {
        var user = await UserAsync();
        int id;
        await using (var db = database.CreateContext())
        {
            var row = new UserSkill { UserId = user, Name = "Welding", NormalizedName = "welding", Source = SkillSource.OccupationMatch };
            db.UserSkills.Add(row);
            await db.SaveChangesAsync();
            id = row.Id;
        }

        await Skills(user).ConfirmAsync(id);
        await Skills(user).SetLevelAsync(id, "Expert");
        var skill = Assert.Single(await Skills(user).ListAsync());
        Assert.Equal(("Expert", true), (skill.Level, skill.Confirmed));

        await Skills(user).RemoveAsync(id);
        Assert.Empty(await Skills(user).ListAsync());
    }

    [Fact]
    public async Task Another_users_skill_cannot_be_read_changed_or_removed()
    {
        var (a, b) = (await UserAsync(), await UserAsync());
        var skill = await Skills(a).AddAsync(new SkillForm { Name = "Python" });

        Assert.Empty(await Skills(b).ListAsync());
        await Assert.ThrowsAsync<RecordNotFoundException>(() => Skills(b).SetLevelAsync(skill.Id, "None"));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => Skills(b).ConfirmAsync(skill.Id));
        await Assert.ThrowsAsync<RecordNotFoundException>(() => Skills(b).RemoveAsync(skill.Id));

        var stored = Assert.Single(await Skills(a).ListAsync());
        Assert.Equal(("Python", null), (stored.Name, stored.Level));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task An_empty_name_is_refused(string? name)
    {
        var user = await UserAsync();
        var error = await Assert.ThrowsAsync<FormValidationException>(() => Skills(user).AddAsync(new SkillForm { Name = name }));
        Assert.Contains("Type the name of the skill.", error.Message);
        Assert.Empty(await Skills(user).ListAsync());
    }

    [Fact]
    public async Task A_name_over_100_characters_is_refused()
    {
        var user = await UserAsync();
        await Skills(user).AddAsync(new SkillForm { Name = new string('a', 100) });
        var error = await Assert.ThrowsAsync<FormValidationException>(() => Skills(user).AddAsync(new SkillForm { Name = new string('b', 101) }));
        Assert.Contains("under 100 characters", error.Message);
        Assert.Single(await Skills(user).ListAsync());
    }

    [Fact]
    public async Task The_201st_skill_is_refused_but_an_existing_one_still_merges()
    {
        var user = await UserAsync();
        await using (var db = database.CreateContext())
        {
            db.UserSkills.AddRange(Enumerable.Range(1, UserSkillService.MaxSkills).Select(i =>
                new UserSkill { UserId = user, Name = $"Skill {i}", NormalizedName = $"skill {i}", Source = SkillSource.Typed, Confirmed = true }));
            await db.SaveChangesAsync();
        }

        var error = await Assert.ThrowsAsync<FormValidationException>(() => Skills(user).AddAsync(new SkillForm { Name = "One too many" }));
        Assert.Contains("at most 200 skills", error.Message);
        await Skills(user).AddAsync(new SkillForm { Name = "skill 7", Level = "Basic" });
        Assert.Equal(UserSkillService.MaxSkills, (await Skills(user).ListAsync()).Count);
    }

    private async Task<int> UserAsync()
    {
        await using var db = database.CreateContext();
        return (await TestUsers.AddAsync(db)).Id;
    }

    private UserSkillService Skills(int userId) => new(new TestContextFactory(database), TestCurrentUser.For(userId));
}
