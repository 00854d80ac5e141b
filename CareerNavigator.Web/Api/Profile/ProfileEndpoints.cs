using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Api.Profile;

public static class ProfileEndpoints
{
    public static void MapProfileEndpoints(this RouteGroupBuilder api)
    {
        var profile = api.MapGroup("/profile").WithTags("Profile");

        profile.MapGet("", async (HttpContext http, ProfileService profiles, CancellationToken ct) =>
            {
                var row = await profiles.GetAsync(ct);
                ETags.Set(http, ETags.For(row));
                return TypedResults.Ok(ProfileResource.From(row));
            })
            .WithName("GetProfile")
            .WithSummary("Read your profile")
            .WithDescription("Goals, CV text, LinkedIn address, story, personal details, desired locations and languages. The ETag header is what an update sends back in If-Match.")
            .Produces<ProfileResource>(StatusCodes.Status200OK)
            .WithResponseExample(ApiExamples.Profile);

        profile.MapPut("", async (HttpContext http, ProfileResource body, ProfileService profiles, CancellationToken ct) =>
            {
                var current = await profiles.GetAsync(ct);
                ETags.RequireMatch(http, ETags.For(current));
                await profiles.SaveAsync(new ProfileUpdate(body), current.UpdatedAt, ct);
                var saved = await profiles.GetAsync(ct);
                ETags.Set(http, ETags.For(saved));
                return TypedResults.Ok(ProfileResource.From(saved));
            })
            .RequireAuthorization(ApiSetup.WritePolicy)
            .WithName("UpdateProfile")
            .WithSummary("Replace your profile")
            .WithDescription("Replaces every profile field (a field left out is cleared). Needs a read_write token and If-Match with the ETag from GET /api/v1/profile; a stale ETag answers 412, a missing one 428. The same rules as the profile page apply; a field that breaks one answers 400 with the message under errors.")
            .WithRequestExample(ApiExamples.Profile)
            .WithResponseExample(ApiExamples.Profile);

        profile.MapGet("/contact", async (HttpContext http, ProfileService profiles, CancellationToken ct) =>
            {
                var row = await profiles.GetAsync(ct);
                ETags.Set(http, ETags.For(row));
                return TypedResults.Ok(ContactResource.From(row));
            })
            .WithName("GetContact")
            .WithSummary("Read your name and contact details")
            .WithDescription("Full name, headline, summary, phone, the email for your CV and your links: the top of your CV. The ETag is the profile's (the same row).")
            .Produces<ContactResource>(StatusCodes.Status200OK)
            .WithResponseExample(ApiExamples.Contact);

        profile.MapPut("/contact", async (HttpContext http, ContactResource body, ProfileService profiles, CancellationToken ct) =>
            {
                var current = await profiles.GetAsync(ct);
                ETags.RequireMatch(http, ETags.For(current));
                await profiles.SaveAsync(body.ToForm(), current.UpdatedAt, ct);
                var saved = await profiles.GetAsync(ct);
                ETags.Set(http, ETags.For(saved));
                return TypedResults.Ok(ContactResource.From(saved));
            })
            .RequireAuthorization(ApiSetup.WritePolicy)
            .WithName("UpdateContact")
            .WithSummary("Replace your name and contact details")
            .WithDescription("Replaces every contact field (a field left out is cleared); the rest of the profile is untouched. Needs a read_write token and If-Match with the profile's ETag. The profile page's rules apply: a bad phone number, email or link answers 400 with the message under errors.")
            .WithRequestExample(ApiExamples.Contact)
            .WithResponseExample(ApiExamples.Contact);
    }
}
