using System.Text;
using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Products;
using CareerNavigator.Web.Products.Sources;
using CareerNavigator.Web.Products.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Products.Versions.Export;

/// <summary>
/// File downloads of one version, under the user's sign-in cookie. A version that is not the signed-in user's,
/// does not exist, belongs to another product type or has no such format answers 404, so ids reveal nothing. A version
/// with unresolved claims (<see cref="SourceGate"/>) answers 409 with the reason in words. PDF and DOCX are written in
/// the design the user chose for the version.
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

        var (row, design, refusal) = await OwnedAsync(slug, id, user, contexts, withDesign: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        var suffix = size == PaperSize.Letter ? "-letter" : "";
        return Exported(row, ExportFormats.Pdf) is { } source
            ? Results.File(source.Descriptor.WritePdf(source.Content, size, source.Row.Version, design), Pdf, source.FileName($"{suffix}.pdf"))
            : Results.NotFound();
    }

    private static async Task<IResult> ExportDocxAsync(
        string slug, int id, ICurrentUser user, IDbContextFactory<CareerNavigatorDbContext> contexts, CancellationToken cancellationToken)
    {
        var (row, design, refusal) = await OwnedAsync(slug, id, user, contexts, withDesign: true, cancellationToken);
        return refusal ?? (Exported(row, ExportFormats.Docx) is { } source
            ? Results.File(source.Descriptor.WriteDocx(source.Content, design), Docx, source.FileName(".docx"))
            : Results.NotFound());
    }

    private static async Task<IResult> ExportJsonResumeAsync(
        string slug, int id, ICurrentUser user, IDbContextFactory<CareerNavigatorDbContext> contexts, CancellationToken cancellationToken)
    {
        var (row, _, refusal) = await OwnedAsync(slug, id, user, contexts, withDesign: false, cancellationToken);
        return refusal ?? (Exported(row, ExportFormats.JsonResume) is { } source
            ? Results.File(Encoding.UTF8.GetBytes(source.Descriptor.WriteJsonResume(source.Content, source.Row)), "application/json", source.FileName(".resume.json"))
            : Results.NotFound());
    }

    /// <summary>
    /// The version when it is the user's and of the type the address names, with the design the user chose for it when
    /// <paramref name="withDesign"/> (a format that has no layout does not read it), or the refusal when the version has
    /// unresolved claims.
    /// </summary>
    private static async Task<(GeneratedProduct? Row, DocumentDesign Design, IResult? Refusal)> OwnedAsync(
        string slug, int id, ICurrentUser user, IDbContextFactory<CareerNavigatorDbContext> contexts, bool withDesign, CancellationToken cancellationToken)
    {
        // Every type's downloads live here, a cover letter's too (its page is its application's).
        if (!ProductCatalog.Default.TryForLabel(slug, out var descriptor) || (await user.GetPrincipalAsync()).FindUserId() is not { } userId)
        {
            return (null, DocumentDesign.Classic, null);
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await VersionQueries.OwnedAsync(db, userId, id, cancellationToken);
        if (row?.ProductType != descriptor.Type)
        {
            return (null, DocumentDesign.Classic, null);
        }
        if (await SourceGate.UnresolvedCountAsync(db, id, cancellationToken) is > 0 and var unresolved)
        {
            return (null, DocumentDesign.Classic, Results.Text(SourceGate.Message(unresolved, "downloaded"), "text/plain", statusCode: StatusCodes.Status409Conflict));
        }
        return (row, withDesign ? await VersionQueries.DesignAsync(db, id, cancellationToken) : DocumentDesign.Classic, null);
    }

    /// <summary>
    /// The row with its type and content when the type has <paramref name="format"/>; null otherwise. Stored content
    /// that no longer fits its record cannot be exported; the page says so too.
    /// </summary>
    private static ExportSource? Exported(GeneratedProduct? row, ExportFormats format)
    {
        if (row is null)
        {
            return null;
        }
        var descriptor = ProductCatalog.Default.For(row.ProductType);
        if (!descriptor.Exports.HasFlag(format))
        {
            return null;
        }
        try
        {
            return new ExportSource(descriptor, descriptor.Deserialize(row.Content), row);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private sealed record ExportSource(ProductTypeDescriptor Descriptor, object Content, GeneratedProduct Row)
    {
        public string FileName(string extension) => $"{Descriptor.Label}-v{Row.Version}{extension}";
    }
}
