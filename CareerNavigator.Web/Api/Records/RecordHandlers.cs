using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerNavigator.Web.Api.Records;

/// <summary>The record endpoints' handlers, all through <see cref="UserRecordStore{TEntity}"/> (the profile page's store and rules).</summary>
public static class RecordHandlers<TEntity, TResource>
    where TEntity : class, IUserOwned, ITimestamped
    where TResource : class, IRecordResource<TEntity, TResource>
{
    public static async Task<Ok<CursorPage<TResource>>> ListAsync(int? limit, string? cursor, UserRecordStore<TEntity> store, CancellationToken ct)
    {
        var size = Cursors.Limit(limit);
        var after = Cursors.Decode(cursor);
        // A user's own list is short (the forms cap what one person enters), so the page is cut from the store's list.
        var rows = (await store.ListAsync(ct)).Where(r => after is null || r.Id > after).Take(size + 1).ToList();
        return TypedResults.Ok(Cursors.Page(rows, size, r => r.Id, TResource.From));
    }

    public static async Task<Ok<TResource>> GetAsync(int id, HttpContext http, UserRecordStore<TEntity> store, CancellationToken ct)
    {
        var row = await store.FindAsync(id, ct) ?? throw new RecordNotFoundException();
        ETags.Set(http, ETags.For(row));
        return TypedResults.Ok(TResource.From(row));
    }

    public static async Task<Created<TResource>> CreateAsync(HttpContext http, UserRecordStore<TEntity> store, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<TResource>(http, ct);
        var row = await store.SaveAsync(body.ToForm(id: null), cancellationToken: ct);
        ETags.Set(http, ETags.For(row));
        return TypedResults.Created($"{http.Request.Path.Value!.TrimEnd('/')}/{row.Id}", TResource.From(row));
    }

    public static async Task<Ok<TResource>> UpdateAsync(int id, HttpContext http, UserRecordStore<TEntity> store, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<TResource>(http, ct);
        var current = await store.FindAsync(id, ct) ?? throw new RecordNotFoundException();
        ETags.RequireMatch(http, ETags.For(current));
        var row = await store.SaveAsync(body.ToForm(id), current.UpdatedAt, ct);
        ETags.Set(http, ETags.For(row));
        return TypedResults.Ok(TResource.From(row));
    }

    public static async Task<NoContent> DeleteAsync(int id, HttpContext http, UserRecordStore<TEntity> store, CancellationToken ct)
    {
        var current = await store.FindAsync(id, ct) ?? throw new RecordNotFoundException();
        ETags.CheckIfSent(http, ETags.For(current));
        await store.DeleteAsync(id, current.UpdatedAt, ct);
        return TypedResults.NoContent();
    }
}
