using CareerNavigator.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Products.Generation;

/// <summary>
/// <c>Generation:DailyLimit</c>: every piece of AI-model work (a product generation, a CV reading) takes one unit of the
/// user's UTC day in <c>model_usage</c> when it starts, and gives it back when it fails or is cancelled. Stored versions
/// play no part, so deleting them frees nothing.
/// </summary>
public sealed class ModelUsageMeter(
    IDbContextFactory<CareerNavigatorDbContext> contexts,
    TimeProvider clock,
    IOptions<GenerationOptions> options,
    ILogger<ModelUsageMeter> logger)
{
    /// <summary>
    /// Takes one unit of today's allowance, or throws <see cref="GenerationFailedException"/> (with a message for the
    /// user) when none is left. Dispose the unit without <see cref="ModelUsageUnit.Keep"/> to give it back.
    /// </summary>
    public async Task<ModelUsageUnit> TakeAsync(int userId, CancellationToken cancellationToken)
    {
        var limit = options.Value.DailyLimit;
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement, so concurrent starts cannot all pass a check made before any of them counts (PostgreSQL
        // locks the conflicting row and re-checks the WHERE; SQLite has one writer). A full day updates no row and
        // returns nothing. Not composed further: an INSERT cannot be a subquery.
        var taken = await db.Database.SqlQuery<int>($"""
            INSERT INTO model_usage (user_id, day, units) VALUES ({userId}, {day}, 1)
            ON CONFLICT (user_id, day) DO UPDATE SET units = model_usage.units + 1 WHERE model_usage.units < {limit}
            RETURNING units AS "Value"
            """).ToListAsync(cancellationToken);
        if (taken.Count == 0)
        {
            throw new GenerationFailedException($"You have reached today's limit of {limit} generations; it resets at midnight UTC.");
        }
        return new ModelUsageUnit(this, userId, day);
    }

    /// <summary>Never below zero; to the day the unit was taken from, even when the work ran past midnight.</summary>
    internal async Task GiveBackAsync(int userId, DateOnly day)
    {
        try
        {
            // Not the work's token: a cancelled generation must still give its unit back.
            await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE model_usage SET units = units - 1 WHERE user_id = {userId} AND day = {day} AND units > 0",
                CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The work's own failure is what the user needs to hear about; at worst they lose one unit for today.
            logger.LogWarning(ex, "Could not give back a model usage unit of user {UserId} for {Day}", userId, day);
        }
    }
}
