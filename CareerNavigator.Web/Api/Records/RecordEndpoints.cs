using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Api.Records;

/// <summary>List, read, create, update and delete for each kind of the caller's records.</summary>
public static class RecordEndpoints
{
    public static void MapRecordEndpoints(this RouteGroupBuilder api)
    {
        Map<JobExperience, JobResource>(api, "/jobs", "Jobs", "job", ApiExamples.Job);
        Map<Course, CourseResource>(api, "/courses", "Courses", "course", ApiExamples.Course);
        Map<AcademicRecord, EducationResource>(api, "/education", "Education", "academic record", ApiExamples.Education);
    }

    private static void Map<TEntity, TResource>(RouteGroupBuilder api, string path, string tag, string noun, TResource example)
        where TEntity : class, IUserOwned, ITimestamped
        where TResource : class, IRecordResource<TEntity, TResource>
    {
        var group = api.MapGroup(path).WithTags(tag);

                group.MapGet("", RecordHandlers<TEntity, TResource>.ListAsync)
            .WithName($"List{tag}")
            .WithSummary($"List your {noun}s")
            .WithDescription($"Your {noun}s, oldest first, {Cursors.DefaultLimit} per page unless limit (1 to {Cursors.MaxLimit}) says otherwise. Pass next_cursor as cursor for the next page; it is null on the last page.")
            .WithResponseExample(new CursorPage<TResource>([example], null));

        group.MapGet("/{id:int}", RecordHandlers<TEntity, TResource>.GetAsync)
            .WithName($"Get{tag}")
            .WithSummary($"Read one {noun}")
            .WithDescription($"One of your {noun}s. Another user's id answers 404, exactly like a missing one. The ETag header goes into If-Match on update.")
            .WithResponseExample(example);

        group.MapPost("", RecordHandlers<TEntity, TResource>.CreateAsync)
            .RequireAuthorization(ApiSetup.WritePolicy)
            .Accepts<TResource>("application/json")
            .WithName($"Create{tag}")
            .WithSummary($"Add a {noun}")
            .WithDescription($"Adds a {noun} (needs a read_write token). The profile page's rules apply; a field that breaks one answers 400 with the message under errors. id and updated_at in the body are ignored.")
            .WithRequestExample(example)
            .WithResponseExample(example);

        group.MapPut("/{id:int}", RecordHandlers<TEntity, TResource>.UpdateAsync)
            .RequireAuthorization(ApiSetup.WritePolicy)
            .Accepts<TResource>("application/json")
            .WithName($"Update{tag}")
            .WithSummary($"Replace a {noun}")
            .WithDescription($"Replaces every field of one of your {noun}s (needs a read_write token and If-Match with its ETag: 412 when it changed since, 428 without If-Match).")
            .WithRequestExample(example)
            .WithResponseExample(example);

        group.MapDelete("/{id:int}", RecordHandlers<TEntity, TResource>.DeleteAsync)
            .RequireAuthorization(ApiSetup.WritePolicy)
            .WithName($"Delete{tag}")
            .WithSummary($"Delete a {noun}")
            .WithDescription($"Deletes one of your {noun}s (needs a read_write token). If-Match is optional here; when sent, a stale ETag answers 412.");
    }
}
