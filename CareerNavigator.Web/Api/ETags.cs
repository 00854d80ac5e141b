using CareerNavigator.Data.Entities;
using Microsoft.Net.Http.Headers;

namespace CareerNavigator.Web.Api;

/// <summary>
/// Strong ETags from a row's id and <c>updated_at</c>. Microseconds, because PostgreSQL keeps no more: a value
/// computed from the saved entity must equal the one computed after reading it back.
/// </summary>
public static class ETags
{
    public static string For(int id, DateTime updatedAt) => $"\"{id}-{updatedAt.Ticks / 10:x}\"";

    public static string For<T>(T row) where T : IUserOwned, ITimestamped => For(row.Id, row.UpdatedAt);

    public static string For(UserProfile profile) => For(profile.Id, profile.UpdatedAt);

    /// <summary>
    /// An update must say which representation it changes: no If-Match is 428, a different one is 412.
    /// </summary>
    public static void RequireMatch(HttpContext context, string current)
    {
        var ifMatch = context.Request.Headers[HeaderNames.IfMatch].ToString();
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new ApiProblemException(StatusCodes.Status428PreconditionRequired, "If-Match required",
                "Send the ETag you read in an If-Match header, so that you do not overwrite someone else's change.");
        }
        CheckMatch(ifMatch, current);
    }

    /// <summary>Deletes honour If-Match when it is sent.</summary>
    public static void CheckIfSent(HttpContext context, string current)
    {
        var ifMatch = context.Request.Headers[HeaderNames.IfMatch].ToString();
        if (!string.IsNullOrWhiteSpace(ifMatch))
        {
            CheckMatch(ifMatch, current);
        }
    }

    private static void CheckMatch(string ifMatch, string current)
    {
        var tags = ifMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (!tags.Any(t => t == "*" || t == current))
        {
            throw new ApiProblemException(StatusCodes.Status412PreconditionFailed, "The record has changed",
                "The record changed since you read it: read it again, reapply your change and send it with the new ETag.");
        }
    }

    public static void Set(HttpContext context, string etag) => context.Response.Headers[HeaderNames.ETag] = etag;
}
