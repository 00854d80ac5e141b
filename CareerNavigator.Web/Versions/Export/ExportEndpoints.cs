using System.Text;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Generation.Content;
using CareerNavigator.Web.Products;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Versions.Export;

/// <summary>
/// File downloads of one version, under the user's sign-in cookie. A version that is not the signed-in user's,
/// does not exist, belongs to another product type or has no such format answers 404, so ids reveal nothing.
/// </summary>
internal static class ExportEndpoints
{
    private const string Pdf = "application/pdf";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Map(IEndpointRouteBuilder app)
    {
        var version = app.MapGroup("/products/{slug}/versions/{id:int}").RequireAuthorization();
        version.MapGet("/export.pdf", ExportPdfAsync);
        version.MapGet("/export.docx", ExportDocxAsync);
        version.MapGet("/export.json", ExportJsonResumeAsync);
    }

    private static async Task<IResult> ExportPdfAsync(
        string slug, int id, string? paper, ICurrentUser user, IDbContextFactory<CareerNavigatorDbContext> contexts, CancellationToken cancellationToken)
    {
        PaperSize size;
        if (paper is null)
        {
            size = PaperSize.A4;
        }
        else if (!Enum.TryParse(paper, ignoreCase: true, out size) || !Enum.IsDefined(size) || int.TryParse(paper, out _))
        {
            return Results.BadRequest("paper must be a4 or letter.");
        }

        var row = await OwnedAsync(slug, id, user, contexts, cancellationToken);
        var suffix = size == PaperSize.Letter ? "-letter" : "";
        switch (row?.ProductType)
        {
            case ProductType.Cv when Read<CvContent>(row) is { } cv:
                return Results.File(CvPdfExport.Write(cv, size, Footer(row, cv.Header.Name)), Pdf, FileName(row, $"{suffix}.pdf"));
            case ProductType.CareerPlan1Y or ProductType.CareerPlan3Y or ProductType.CareerPlan5Y when Read<CareerPlanContent>(row) is { } plan:
                var title = ProductDescriptions.For(row.ProductType).Title;
                return Results.File(PlanPdfExport.Write(plan, title, size, Footer(row, null)), Pdf, FileName(row, $"{suffix}.pdf"));
            default:
                return Results.NotFound();
        }
    }

    private static async Task<IResult> ExportDocxAsync(
        string slug, int id, ICurrentUser user, IDbContextFactory<CareerNavigatorDbContext> contexts, CancellationToken cancellationToken)
    {
        var row = await OwnedAsync(slug, id, user, contexts, cancellationToken);
        return row?.ProductType == ProductType.Cv && Read<CvContent>(row) is { } cv
            ? Results.File(CvDocxExport.Write(cv), Docx, FileName(row, ".docx"))
            : Results.NotFound();
    }

    private static async Task<IResult> ExportJsonResumeAsync(
        string slug, int id, ICurrentUser user, IDbContextFactory<CareerNavigatorDbContext> contexts, CancellationToken cancellationToken)
    {
        var row = await OwnedAsync(slug, id, user, contexts, cancellationToken);
        return row?.ProductType == ProductType.Cv && Read<CvContent>(row) is { } cv
            ? Results.File(Encoding.UTF8.GetBytes(JsonResumeExport.Write(cv, row)), "application/json", FileName(row, ".resume.json"))
            : Results.NotFound();
    }

    private static async Task<GeneratedProduct?> OwnedAsync(
        string slug, int id, ICurrentUser user, IDbContextFactory<CareerNavigatorDbContext> contexts, CancellationToken cancellationToken)
    {
        if (!ProductUrls.TryParse(slug, out var type) || (await user.GetPrincipalAsync()).FindUserId() is not { } userId)
        {
            return null;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await VersionQueries.OwnedAsync(db, userId, id, cancellationToken);
        return row?.ProductType == type ? row : null;
    }

    /// <summary>Stored content that no longer fits its record cannot be exported; the page says so too.</summary>
    private static TContent? Read<TContent>(GeneratedProduct row) where TContent : class
    {
        try
        {
            return ProductJson.Deserialize<TContent>(row.Content);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Footer(GeneratedProduct row, string? name) =>
        $"{(name is null ? "" : name + " · ")}{ProductDescriptions.For(row.ProductType).Title} version {row.Version}";

    private static string FileName(GeneratedProduct row, string extension) => $"{row.ProductType.Label()}-v{row.Version}{extension}";
}
