using CareerNavigator.Web.Admin;
using CareerNavigator.Web.Profiles;
using Microsoft.AspNetCore.Mvc;

namespace CareerNavigator.Web.Api.Admin;

/// <summary>
/// The admin console's user search and user record, for tokens of Admin accounts. Reading is all they do, so a
/// read token is enough; the Admin role is what is required (403 otherwise).
/// </summary>
public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/admin/users").WithTags("Admin").RequireAuthorization(ApiSetup.AdminPolicy);

        users.MapGet("", async (string? q, string? group,
                [FromQuery(Name = "onboarding_complete")] bool? onboardingComplete, [FromQuery(Name = "has_active_cv")] bool? hasActiveCv,
                [FromQuery(Name = "created_from")] DateTime? createdFrom, [FromQuery(Name = "created_before")] DateTime? createdBefore,
                string? sort, string? order, int? limit, string? cursor, UserSearchService search, CancellationToken ct) =>
            {
                var query = AdminUserSearchRequest.ToQuery(q, group, onboardingComplete, hasActiveCv, createdFrom, createdBefore, sort, order, limit, cursor);
                try
                {
                    var page = await search.SearchAsync(query, ct);
                    var count = query.After is null ? AdminUserCountResource.From(await search.CountAsync(query, ct)) : null;
                    return TypedResults.Ok(new AdminUserPageResource([.. page.Rows.Select(AdminUserResource.From)], page.NextCursor, page.Note, count));
                }
                catch (ArgumentException ex)
                {
                    // The search refuses a cursor it did not hand out (or one of another sort) and impossible filters.
                    var field = ex.ParamName == "cursor" ? "cursor" : "query";
                    throw new FormValidationException([new(ex.Message.Replace($" (Parameter '{ex.ParamName}')", ""), [field])]);
                }
            })
            .WithName("SearchUsers")
            .WithSummary("Search users (admin)")
            .WithDescription(
                "The admin console's user search, for tokens of Admin accounts (a read token is enough; other accounts get 403). " +
                "q is a fragment of email or username (three or more characters match anywhere, fewer match the start of the email; % and _ are plain characters). " +
                "Filters: group (experienced_continuing, experienced_changing, inexperienced_with_goal, inexperienced_no_goal), onboarding_complete, has_active_cv, " +
                "created_from (inclusive) and created_before (exclusive). sort is created (default), updated or email; order is desc (default) or asc. " +
                $"{Cursors.DefaultLimit} per page unless limit (1 to {Cursors.MaxLimit}) says otherwise; pass next_cursor as cursor, with the same filters and sort, for the next page " +
                "(a cursor from another sort or one this API did not give answers 400). count (exact below 10,000, else at_least or estimate) comes with the first page only.")
            .WithResponseExample(ApiExamples.AdminUserPage);

        users.MapGet("/{id:int}", async (int id, AdminUserRecordService records, CancellationToken ct) =>
                TypedResults.Ok(AdminUserRecordResource.From(await records.OpenAsync(id, ct) ?? throw new RecordNotFoundException())))
            .WithName("GetUserRecord")
            .WithSummary("Read one user's record (admin)")
            .WithDescription("Everything stored about one user: account (roles, group, disabled), profile, onboarding answers, jobs, courses, education and every product version (without content). " +
                             "For tokens of Admin accounts; every opening is written to the admin audit log, as in the console. 404 when there is no such user.")
            .WithResponseExample(ApiExamples.AdminUserRecord);
    }
}
