using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Database;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Profiles.Skills;

/// <summary>The signed-in user's profile-level skills (<c>user_skills</c>): list, add, set a level, confirm, remove.</summary>
public sealed class UserSkillService(IDbContextFactory<CareerNavigatorDbContext> contexts, ICurrentUser currentUser)
{
    public const int MaxSkills = 200;

    public async Task<IReadOnlyList<UserSkill>> ListAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.UserSkills.AsNoTracking().Where(s => s.UserId == userId)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Adds a typed skill. A skill already on the profile under the same name (any case or spacing) is merged: it keeps
    /// its source, becomes confirmed and takes the level when one is given.
    /// </summary>
    public async Task<UserSkill> AddAsync(SkillForm form, CancellationToken cancellationToken = default)
    {
        ServerValidation.Ensure(form);
        var userId = await currentUser.GetIdAsync();
        try
        {
            return await AddOnceAsync(userId, form, cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another tab added the same skill at the same moment: it exists now, so merge into it.
            return await AddOnceAsync(userId, form, cancellationToken);
        }
    }

    public async Task SetLevelAsync(int id, string? level, CancellationToken cancellationToken = default)
    {
        ServerValidation.Ensure(new SkillForm { Name = "level", Level = level });
        await ChangeAsync(id, s => s.Level = Clean(level), cancellationToken);
    }

    public Task ConfirmAsync(int id, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, s => s.Confirmed = true, cancellationToken);

    public async Task RemoveAsync(int id, CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.UserSkills.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            throw new RecordNotFoundException();
        }
    }

    private async Task<UserSkill> AddOnceAsync(int userId, SkillForm form, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = Clean(form.Name)!;
        var normalized = UserSkill.Normalize(name);
        var skill = await db.UserSkills.SingleOrDefaultAsync(s => s.UserId == userId && s.NormalizedName == normalized, cancellationToken);
        if (skill is null)
        {
            if (await db.UserSkills.CountAsync(s => s.UserId == userId, cancellationToken) >= MaxSkills)
            {
                throw new FormValidationException([new($"A profile holds at most {MaxSkills} skills. Remove one before adding another.", [nameof(SkillForm.Name)])]);
            }
            skill = new UserSkill { UserId = userId, Name = name, NormalizedName = normalized, Source = SkillSource.Typed };
            db.UserSkills.Add(skill);
        }
        skill.Confirmed = true;
        skill.Level = Clean(form.Level) ?? skill.Level;
        await db.SaveChangesAsync(cancellationToken);
        return skill;
    }

    private async Task ChangeAsync(int id, Action<UserSkill> change, CancellationToken cancellationToken)
    {
        var userId = await currentUser.GetIdAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var skill = await db.UserSkills.SingleOrDefaultAsync(s => s.Id == id && s.UserId == userId, cancellationToken)
            ?? throw new RecordNotFoundException();
        change(skill);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
