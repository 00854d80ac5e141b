using System.ComponentModel;
using CareerNavigator.Web.Occupations;
using CareerNavigator.Web.Occupations.Gaps;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Api.Occupations;

/// <summary>
/// ESCO's occupations (public data: no token needed, limited per client address) and the caller's skill gaps for one
/// of them (a token; only the caller's own records count).
/// </summary>
public static class OccupationEndpoints
{
    public const int DefaultLimit = 10;
    public const int MaxQueryLength = 200;
    private const string OccupationUriPrefix = "http://data.europa.eu/esco/occupation/";

    public static void MapOccupationEndpoints(this RouteGroupBuilder publicApi)
    {
        var occupations = publicApi.MapGroup("/occupations").WithTags("Occupations");

        occupations.MapGet("/search", async (
                [Description("A job title or goal as people write it (\"sr. software dev\", \"RN\", \"nurse at a care home\"); 1 to 200 characters.")] string? q,
                [Description("How many occupations to answer, 1 to 50; 10 when left out.")] int? limit,
                OccupationDirectory directory, CancellationToken ct) =>
            {
                var text = SearchText(q);
                var hits = await directory.SearchAsync(text, Limit(limit), ct);
                return TypedResults.Ok(new OccupationSearchResource([.. hits.Select(OccupationHitResource.From)]));
            })
            .WithName("SearchOccupations")
            .WithSummary("Search occupations")
            .WithDescription(
                "ESCO occupations for a typed job title or goal, best first, tolerant to abbreviations (Sr., RN, HGV), word order, plurals, " +
                "one typo and extra words. score is 0 to 1. Obsolete occupations are never proposed. No token needed (a usable one may be sent); " +
                "without one, each client address may make 60 requests a minute unless the server says otherwise (429 with Retry-After beyond). " +
                $"400 when q is missing, blank or longer than {MaxQueryLength} characters, or limit is outside 1 to {OccupationDirectory.MaxResults}.")
            .WithResponseExample(ApiExamples.OccupationSearch);

        occupations.MapGet("/{id}", async (
                [Description("The occupation's id (from search), or the UUID at the end of its ESCO URI.")] string id,
                OccupationDirectory directory, CancellationToken ct) =>
            {
                var occupationId = int.TryParse(id, out var number) ? number
                    : Guid.TryParse(id, out var uuid) ? await directory.FindByUriAsync(OccupationUriPrefix + uuid.ToString("D"), ct)
                    : null;
                var occupation = occupationId is { } found ? await directory.GetAsync(found, ct) : null;
                return TypedResults.Ok(OccupationResource.From(occupation ?? throw NotFound()));
            })
            .WithName("GetOccupation")
            .WithSummary("Read one occupation with its skills")
            .WithDescription(
                "One ESCO occupation: URI, title, ISCO-08 unit group, description, other names (also_called), whether ESCO marked it obsolete, " +
                "and its essential and optional skills (each skill or knowledge). No token needed. 404 when there is no such occupation.")
            .WithResponseExample(ApiExamples.Occupation);
    }

    public static void MapSkillGapEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me/skill-gaps", async (
                [Description("The occupation's ESCO URI, e.g. http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50.")] string? occupation,
                OccupationDirectory directory, SkillGapService gaps, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(occupation))
                {
                    throw new FormValidationException([new("Name the occupation by its ESCO URI (from the search's uri).", ["occupation"])]);
                }
                var occupationId = await directory.FindByUriAsync(occupation, ct) ?? throw NotFound();
                return TypedResults.Ok(SkillGapsResource.From(await gaps.ForOccupationAsync(occupationId, ct) ?? throw NotFound()));
            })
            .WithTags("Occupations")
            .WithName("GetSkillGaps")
            .WithSummary("Your skill gaps for an occupation")
            .WithDescription(
                "Which of the occupation's skills your own records (jobs, courses, education, CV text) or your answers show, each with its evidence " +
                "(the record and the words), and which are missing. Both lists are in the order to learn them: essential before optional, then skills " +
                "that related occupations also need. A skill you said you do not have is never shown. 400 without occupation, 404 for a URI that is not an ESCO occupation.")
            .WithResponseExample(ApiExamples.SkillGaps);
    }

    private static string SearchText(string? q)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            throw Invalid("q", "Type some words of a job title or goal, e.g. q=software developer.");
        }
        return q.Length <= MaxQueryLength ? q : throw Invalid("q", $"Use at most {MaxQueryLength} characters.");
    }

    private static int Limit(int? limit) => limit switch
    {
        null => DefaultLimit,
        >= 1 and <= OccupationDirectory.MaxResults => limit.Value,
        _ => throw Invalid("limit", $"Ask for 1 to {OccupationDirectory.MaxResults} occupations."),
    };

    private static FormValidationException Invalid(string field, string message) => new([new(message, [field])]);

    private static ApiProblemException NotFound() =>
        new(StatusCodes.Status404NotFound, "Not found", "There is no such occupation; find one with GET /api/v1/occupations/search.");
}
