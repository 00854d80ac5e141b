using CareerNavigator.Web.Products.Generation;
using CareerNavigator.Web.Profiles;
using CareerNavigator.Web.Products.Versions;

namespace CareerNavigator.Web.Api.Products;

public static class ProductEndpoints
{
    public static void MapProductEndpoints(this RouteGroupBuilder api)
    {
        var products = api.MapGroup("/products").WithTags("Products");

        products.MapGet("", async (ProductGenerationService generation, CancellationToken ct) =>
                TypedResults.Ok((await generation.ListAsync(ct)).Select(ProductTypeResource.From).ToList()))
            .WithName("ListProductTypes")
            .WithSummary("List the product types")
            .WithDescription("The nine products a profile can produce (type labels such as cv or career_plan_1y), each with your active version and how many versions you have.")
            .WithResponseExample(new[] { ApiExamples.ProductType });

        products.MapGet("/{type}/versions", async (string type, int? limit, string? cursor, ProductVersionQuery versions, CancellationToken ct) =>
            {
                var productType = ProductTypeRoute.Parse(type);
                var size = Cursors.Limit(limit);
                var rows = await versions.ListAsync(productType, Cursors.Decode(cursor), size + 1, ct);
                return TypedResults.Ok(Cursors.Page(rows, size, g => g.Version, VersionSummaryResource.From));
            })
            .WithName("ListVersions")
            .WithSummary("List the versions of a product type")
            .WithDescription($"Your versions of one product type, newest first, without their content. {Cursors.DefaultLimit} per page unless limit (1 to {Cursors.MaxLimit}) says otherwise; pass next_cursor as cursor for the next page.")
            .WithResponseExample(new CursorPage<VersionSummaryResource>([ApiExamples.VersionSummary], null));

        products.MapGet("/{type}/versions/{version:int}", async (string type, int version, ProductVersionQuery versions, CancellationToken ct) =>
            {
                var row = await versions.FindAsync(ProductTypeRoute.Parse(type), version, ct) ?? throw new RecordNotFoundException();
                return TypedResults.Ok(VersionResource.From(row));
            })
            .WithName("GetVersion")
            .WithSummary("Read one version")
            .WithDescription("One version with its content (a JSON object shaped by the product type), the model and the prompt that produced it.")
            .WithResponseExample(ApiExamples.Version);

        products.MapPost("/{type}/versions", async (string type, ProductGenerationService generation, CancellationToken ct) =>
            {
                var row = await generation.GenerateAsync(ProductTypeRoute.Parse(type), progress: null, ct);
                return TypedResults.Created($"/api/v1/products/{type}/versions/{row.Version}", VersionResource.From(row));
            })
            .RequireAuthorization(ApiSetup.WritePolicy)
            .WithName("GenerateVersion")
            .WithSummary("Generate a new version")
            .WithDescription("Generates a new version from your current profile (needs a read_write token; no body). Your first version of a type becomes active; later ones are stored inactive until activated. 422 when the generation could not produce a usable document or the daily model limit is reached.")
            .WithResponseExample(ApiExamples.Version);

        products.MapPost("/{type}/versions/{version:int}/activate",
                async (string type, int version, ProductVersionQuery query, ProductVersionService versions, CancellationToken ct) =>
                {
                    var row = await query.FindAsync(ProductTypeRoute.Parse(type), version, ct) ?? throw new RecordNotFoundException();
                    // No expected active version: the API's caller simply wants this one active, whatever was before.
                    return TypedResults.Ok(VersionResource.From(await versions.ActivateAsync(row.Id, expectedActiveId: null, ct)));
                })
            .RequireAuthorization(ApiSetup.WritePolicy)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("ActivateVersion")
            .WithSummary("Activate a version")
            .WithDescription("Makes this version the active one of its type (needs a read_write token; no body); the previously active version is deactivated in the same transaction. Activating the active version changes nothing. 409 when other activations kept landing first, or when the version states facts the source check could not trace to your profile and you have not yet confirmed or edited them away (confirm them on the version's page).")
            .WithResponseExample(ApiExamples.Version with { IsActive = true });
    }
}
