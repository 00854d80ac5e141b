using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Admin;

public sealed record AuditQuery
{
    public int? TargetUserId { get; init; }
    public int? ActorUserId { get; init; }
    public AdminAction? Action { get; init; }
    public DateTime? From { get; init; }
    public DateTime? Before { get; init; }

    /// <summary>The id of the last entry of the previous page; null for the newest entries.</summary>
    public long? BeforeId { get; init; }
    public int PageSize { get; init; } = 50;
}

public sealed record AuditPage(IReadOnlyList<AdminAuditEntry> Entries, long? NextBeforeId);

/// <summary>Reads the admin audit log, newest first. Entries are only ever added (<see cref="AuditTrail.Add"/>), never changed.</summary>
public sealed class AuditLogService(IDbContextFactory<CareerNavigatorDbContext> contextFactory, AdminGuard guard)
{
    public async Task<AuditPage> ReadAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        if (query.PageSize is < 1 or > 200)
        {
            throw new ArgumentException("A page holds 1 to 200 entries.", nameof(query));
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AdminAuditLog.AsNoTracking();
        if (query.TargetUserId is { } target)
        {
            entries = entries.Where(e => e.TargetUserId == target);
        }
        if (query.ActorUserId is { } actor)
        {
            entries = entries.Where(e => e.ActorUserId == actor);
        }
        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }
        if (query.From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }
        if (query.Before is { } before)
        {
            entries = entries.Where(e => e.OccurredAt < before);
        }
        if (query.BeforeId is { } beforeId)
        {
            entries = entries.Where(e => e.Id < beforeId);
        }

        var rows = await entries.OrderByDescending(e => e.Id).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        var page = rows.Take(query.PageSize).ToList();
        return new AuditPage(page, rows.Count > query.PageSize ? page[^1].Id : null);
    }
}

/// <summary>Adds an audit entry to the context of the operation it records, so both are saved together or not at all.</summary>
internal static class AuditTrail
{
    public static void Add(CareerNavigatorDbContext db, AdminActor actor, AdminAction action, int? targetId, string? targetEmail, string? details = null) =>
        db.AdminAuditLog.Add(new AdminAuditEntry
        {
            ActorUserId = actor.UserId,
            ActorEmail = actor.Name,
            TargetUserId = targetId,
            TargetEmail = targetEmail,
            Action = action,
            Details = details,
            OccurredAt = actor.At,
        });
}
