using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Applications;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Api.Applications;

/// <summary>The caller's job applications: list, read, create, replace, move to another status, delete.</summary>
public static class ApplicationEndpoints
{
    public static void MapApplicationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/applications").WithTags("Applications");

        group.MapGet("", async (int? limit, string? cursor, string? status, ApplicationService applications, CancellationToken ct) =>
            {
                var size = Cursors.Limit(limit);
                var after = Cursors.Decode(cursor);
                var only = ParseStatus(status);
                var rows = (await applications.ListAsync(ct))
                    .Where(a => (after is null || a.Id > after) && (only is null || a.Status == only))
                    .Take(size + 1).ToList();
                return TypedResults.Ok(Cursors.Page(rows, size, a => a.Id, ApplicationListItem.From));
            })
            .WithName("ListApplications")
            .WithSummary("List your job applications")
            .WithDescription($"Your applications, oldest first, {Cursors.DefaultLimit} per page unless limit (1 to {Cursors.MaxLimit}) says otherwise; status (saved, applied, interview, offer, accepted, rejected or withdrawn) keeps one status. Pass next_cursor as cursor for the next page; it is null on the last page. Each item leaves out the advert, notes and contacts: read one application for them.")
            .WithResponseExample(new CursorPage<ApplicationListItem>([ApiExamples.ApplicationItem], null));

        group.MapGet("/{id:int}", async (int id, HttpContext http, ApplicationService applications, CancellationToken ct) =>
            {
                var row = await applications.FindAsync(id, ct) ?? throw new RecordNotFoundException();
                ETags.Set(http, ETags.For(row));
                return TypedResults.Ok(ApplicationResource.From(row));
            })
            .WithName("GetApplication")
            .WithSummary("Read one job application")
            .WithDescription("One of your applications with its advert, notes, contacts and status history. Another user's id answers 404, exactly like a missing one. The ETag header goes into If-Match on update, status change and delete.")
            .WithResponseExample(ApiExamples.Application);

        group.MapPost("", async (HttpContext http, ApplicationResource body, ApplicationService applications, CancellationToken ct) =>
            {
                var created = await applications.CreateAsync(body.ToForm(), body.Status ?? ApplicationStatus.Saved, ct);
                var row = await applications.FindAsync(created.Id, ct) ?? throw new RecordNotFoundException();
                ETags.Set(http, ETags.For(row));
                return TypedResults.Created($"/api/v1/applications/{row.Id}", ApplicationResource.From(row));
            })
            .RequireAuthorization(ApiSetup.WritePolicy)
            .WithName("CreateApplication")
            .WithSummary("Save a job application")
            .WithDescription("Saves an application from its advert (needs a read_write token): company and role are required; link must be an http(s) address (it is stored, never fetched); status says where it starts (saved when left out), and that first status is the first entry of its history. The application page's rules apply; a field that breaks one answers 400 with the message under errors.")
            .WithRequestExample(ApiExamples.Application)
            .WithResponseExample(ApiExamples.Application);

        group.MapPut("/{id:int}", async (int id, HttpContext http, ApplicationResource body, ApplicationService applications, CancellationToken ct) =>
            {
                var current = await applications.FindAsync(id, ct) ?? throw new RecordNotFoundException();
                ETags.RequireMatch(http, ETags.For(current));
                await applications.UpdateAsync(id, body.ToForm(), current.UpdatedAt, ct);
                return await ReadBackAsync(http, id, applications, ct);
            })
            .RequireAuthorization(ApiSetup.WritePolicy)
            .WithName("UpdateApplication")
            .WithSummary("Replace a job application")
            .WithDescription("Replaces every field of one of your applications but its status (a field left out is cleared; status is ignored: use PUT /api/v1/applications/{id}/status). Needs a read_write token and If-Match with its ETag: 412 when it changed since, 428 without If-Match.")
            .WithRequestExample(ApiExamples.Application)
            .WithResponseExample(ApiExamples.Application);

        group.MapPut("/{id:int}/status", async (int id, HttpContext http, StatusChangeRequest body, ApplicationService applications, CancellationToken ct) =>
            {
                var current = await applications.FindAsync(id, ct) ?? throw new RecordNotFoundException();
                ETags.RequireMatch(http, ETags.For(current));
                await applications.ChangeStatusAsync(id, body.Status, current.UpdatedAt, ct);
                return await ReadBackAsync(http, id, applications, ct);
            })
            .RequireAuthorization(ApiSetup.WritePolicy)
            .WithName("ChangeApplicationStatus")
            .WithSummary("Move a job application to another status")
            .WithDescription("Moves one of your applications (saved, applied, interview, offer, accepted, rejected or withdrawn); the move is dated and added to its status_history, and moving to the status it has changes nothing. Needs a read_write token and If-Match with its ETag: 412 when it changed since, 428 without If-Match.")
            .WithRequestExample(new StatusChangeRequest(ApplicationStatus.Interview))
            .WithResponseExample(ApiExamples.Application);

        group.MapDelete("/{id:int}", async (int id, HttpContext http, ApplicationService applications, CancellationToken ct) =>
            {
                var current = await applications.FindAsync(id, ct) ?? throw new RecordNotFoundException();
                ETags.CheckIfSent(http, ETags.For(current));
                await applications.DeleteAsync(id, current.UpdatedAt, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ApiSetup.WritePolicy)
            .WithName("DeleteApplication")
            .WithSummary("Delete a job application")
            .WithDescription("Deletes one of your applications with its status history (needs a read_write token). If-Match is optional here; when sent, a stale ETag answers 412.");
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<ApplicationResource>> ReadBackAsync(
        HttpContext http, int id, ApplicationService applications, CancellationToken ct)
    {
        var row = await applications.FindAsync(id, ct) ?? throw new RecordNotFoundException();
        ETags.Set(http, ETags.For(row));
        return TypedResults.Ok(ApplicationResource.From(row));
    }

    private static ApplicationStatus? ParseStatus(string? status) =>
        string.IsNullOrEmpty(status) ? null
        : DatabaseLabels.Labels<ApplicationStatus>().Contains(status) ? DatabaseLabels.Parse<ApplicationStatus>(status)
        : throw new FormValidationException([new("Use one of saved, applied, interview, offer, accepted, rejected or withdrawn.", ["status"])]);
}
