using System.Net;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace CareerNavigator.Tests.Products.Versions;

/// <summary>The download URLs through the real app, Identity and PostgreSQL: only the owner gets a file.</summary>
public sealed class ExportEndpointTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";
    private readonly MigratedDatabase _database = new();
    private AppFactory _app = default!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = AppFactory.ForPostgres(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_owner_downloads_each_format_with_a_file_name()
    {
        var (client, cv, plan) = await UserWithVersionsAsync();

        var pdf = await client.GetAsync($"/products/cv/versions/{cv}/export.pdf?paper=letter");
        var docx = await client.GetAsync($"/products/cv/versions/{cv}/export.docx");
        var json = await client.GetAsync($"/products/cv/versions/{cv}/export.json");
        var planPdf = await client.GetAsync($"/products/career_plan_1y/versions/{plan}/export.pdf");

        Assert.Equal(("application/pdf", "cv-v1-letter.pdf"), (pdf.Content.Headers.ContentType!.MediaType, pdf.Content.Headers.ContentDisposition!.FileName));
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(612, (int)document.GetPage(1).Width);
        }
        Assert.Equal("cv-v1.docx", docx.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"basics\"", await json.Content.ReadAsStringAsync());
        Assert.Equal(("application/pdf", "career_plan_1y-v1.pdf"), (planPdf.Content.Headers.ContentType!.MediaType, planPdf.Content.Headers.ContentDisposition!.FileName));
    }

    [Fact]
    public async Task Another_users_exports_are_not_found_by_id_or_url()
    {
        var (_, cv, plan) = await UserWithVersionsAsync();
        var (intruder, _, _) = await UserWithVersionsAsync();

        foreach (var url in new[]
                 {
                     $"/products/cv/versions/{cv}/export.pdf", $"/products/cv/versions/{cv}/export.docx", $"/products/cv/versions/{cv}/export.json",
                     $"/products/career_plan_1y/versions/{plan}/export.pdf",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Unknown_ids_wrong_types_and_formats_a_product_does_not_have_are_not_found()
    {
        var (client, cv, plan) = await UserWithVersionsAsync();

        foreach (var url in new[]
                 {
                     "/products/cv/versions/2147483647/export.pdf", $"/products/career_plan_1y/versions/{cv}/export.pdf",
                     $"/products/career_plan_1y/versions/{plan}/export.docx", $"/products/career_plan_1y/versions/{plan}/export.json",
                     $"/products/CV/versions/{cv}/export.pdf", $"/products/nothing/versions/{cv}/export.pdf",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/products/cv/versions/{cv}/export.pdf?paper=a3")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/products/cv/versions/{cv}/export.pdf?paper=0")).StatusCode);
    }

    [Fact]
    public async Task A_cover_letter_downloads_as_pdf_and_docx_in_the_cvs_design_for_its_owner_only()
    {
        var (client, email) = await RegisteredAsync();
        var (intruder, _) = await RegisteredAsync();
        int letterId;
        await using (var db = _database.CreateContext())
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var application = new JobApplication { UserId = userId, Company = "Kestrel Logistics", Role = "Operations Analyst", Status = ApplicationStatus.Saved };
            db.JobApplications.Add(application);
            var input = Generation.Llm.TestInputs.Persona();
            var content = (await new Web.Products.Generation.BuiltIn.BuiltInProductGenerator()
                .GenerateAsync(Generation.Llm.TestInputs.For(ProductType.CoverLetter, input), ProductType.CoverLetter, null, CancellationToken.None)).Content;
            var letter = new GeneratedProduct
            {
                UserId = userId, ProductType = ProductType.CoverLetter, JobApplication = application, Version = 1, IsActive = true,
                Content = new Web.Products.Types.ProductContentRules().Serialize(ProductType.CoverLetter, content), GeneratedAt = DateTime.UtcNow, ModelUsed = "built-in",
            };
            db.GeneratedProducts.Add(letter);
            db.ProductVersionDesigns.Add(new ProductVersionDesign { GeneratedProduct = letter, Design = DocumentDesign.Compact });
            await db.SaveChangesAsync();
            letterId = letter.Id;
        }

        var pdf = await client.GetAsync($"/products/cover_letter/versions/{letterId}/export.pdf");
        var docx = await client.GetAsync($"/products/cover_letter/versions/{letterId}/export.docx");

        Assert.Equal(("application/pdf", "cover_letter-v1.pdf"), (pdf.Content.Headers.ContentType!.MediaType, pdf.Content.Headers.ContentDisposition!.FileName));
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            Assert.Contains(Generation.Llm.TestInputs.Persona().Profile.FullName!.Split(' ')[0], text);
            Assert.Contains("Kestrel", text);
            Assert.Contains("Dear", text);
        }
        Assert.Equal("cover_letter-v1.docx", docx.Content.Headers.ContentDisposition!.FileName);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var paragraphs = word.MainDocumentPart!.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
            Assert.Equal("Title", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
            Assert.Contains(paragraphs, p => p.InnerText.StartsWith("Dear Marta Silva", StringComparison.Ordinal));
            // The compact design chosen for the letter: the CV's narrow margins.
            Assert.Equal(720, word.MainDocumentPart.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single()
                .GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.PageMargin>()!.Top!.Value);
        }
        foreach (var url in new[] { $"/products/cover_letter/versions/{letterId}/export.pdf", $"/products/cover_letter/versions/{letterId}/export.docx",
                     $"/products/cover_letter/versions/{letterId}/export.json", $"/products/cv/versions/{letterId}/export.pdf" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await intruder.GetAsync(url)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/products/cover_letter/versions/{letterId}/export.json")).StatusCode);
    }

    [Fact]
    public async Task Visitors_are_sent_to_sign_in()
    {
        var (_, cv, _) = await UserWithVersionsAsync();

        var response = await Client().GetAsync($"/products/cv/versions/{cv}/export.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    private HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<(HttpClient Client, string Email)> RegisteredAsync()
    {
        var email = TestUsers.UniqueEmail();
        var client = Client();
        var response = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, email);
    }

    /// <summary>A registered, signed-in user holding a CV and a 1-year plan copied from a generated persona's.</summary>
    private async Task<(HttpClient Client, int Cv, int Plan)> UserWithVersionsAsync()
    {
        var email = TestUsers.UniqueEmail();
        var client = Client();
        var response = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var persona = await VersionsFor.PersonaAsync(_database);
        var cv = (await VersionsFor.GenerateAsync(_database, persona.Id, ProductType.Cv, 1))[0];
        var plan = (await VersionsFor.GenerateAsync(_database, persona.Id, ProductType.CareerPlan1Y, 1))[0];
        await using var db = _database.CreateContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var rows = new[] { cv, plan }.Select(source => new GeneratedProduct
        {
            UserId = userId, ProductType = source.ProductType, Content = source.Content, Version = 1, IsActive = true,
            GeneratedAt = source.GeneratedAt, ModelUsed = source.ModelUsed,
        }).ToList();
        db.GeneratedProducts.AddRange(rows);
        await db.SaveChangesAsync();
        return (client, rows[0].Id, rows[1].Id);
    }
}
