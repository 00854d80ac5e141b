using System.Net;
using System.Text.RegularExpressions;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Tests.Products.Versions;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Trust;

/// <summary>
/// Authorization as a structure: every routable page and endpoint the app maps has an explicit rule here, and each rule
/// is checked for a visitor, a user, another user and an admin through the real app. A new page or endpoint without a
/// rule fails <see cref="Every_page_and_endpoint_has_an_access_rule"/>.
/// </summary>
public sealed partial class AccessRuleTests : IAsyncLifetime
{
    private enum Access
    {
        /// <summary>Anyone: visitors get the page.</summary>
        Public,
        /// <summary>Signed-in users; visitors are sent to sign in.</summary>
        User,
        /// <summary>The Admin role; visitors are sent to sign in, users are refused.</summary>
        Admin,
        /// <summary>The owner of the record in the URL; another user gets 404; visitors are sent to sign in.</summary>
        Owner,
        /// <summary>A form post or action of a signed-in user: a visitor's request is refused.</summary>
        UserAction,
        /// <summary>The REST API: a bearer token, never a cookie (CareerNavigator.Tests/Api checks each endpoint).</summary>
        ApiToken,
        /// <summary>Framework plumbing (circuits, OpenAPI, reference page), static files: public by nature, not fetched here.</summary>
        Infrastructure,
    }

    private static readonly Dictionary<string, Access> Rules = new()
    {
        ["GET /"] = Access.Public,
        ["GET /Account/AccessDenied"] = Access.Public,
        ["GET /Account/ConfirmEmail"] = Access.Public,
        ["GET /Account/ConfirmEmailChange"] = Access.Public,
        ["GET /Account/ForgotPassword"] = Access.Public,
        ["GET /Account/ForgotPasswordConfirmation"] = Access.Public,
        ["GET /Account/InvalidPasswordReset"] = Access.Public,
        ["GET /Account/InvalidUser"] = Access.Public,
        ["GET /Account/Lockout"] = Access.Public,
        ["GET /Account/Login"] = Access.Public,
        ["GET /Account/Register"] = Access.Public,
        ["GET /Account/RegisterConfirmation"] = Access.Public,
        ["GET /Account/ResendEmailConfirmation"] = Access.Public,
        ["GET /Account/ResetPassword"] = Access.Public,
        ["GET /Account/ResetPasswordConfirmation"] = Access.Public,
        ["GET /Error"] = Access.Public,
        ["GET /not-found"] = Access.Public,
        ["GET /healthz"] = Access.Public,

        ["GET /Account/Manage"] = Access.User,
        ["GET /Account/Manage/AccessTokens"] = Access.User,
        ["GET /Account/Manage/ChangePassword"] = Access.User,
        ["GET /Account/Manage/DeletePersonalData"] = Access.User,
        ["GET /Account/Manage/Email"] = Access.User,
        ["GET /Account/Manage/PersonalData"] = Access.User,
        ["GET /Account/Manage/Sessions"] = Access.User,
        ["GET /dashboard"] = Access.User,
        ["GET /onboarding"] = Access.User,
        ["GET /products"] = Access.User,
        ["GET /products/{Slug}"] = Access.User,
        ["GET /match"] = Access.User,
        ["GET /occupations"] = Access.User,
        ["GET /occupations/{Id:int}"] = Access.User,
        ["GET /profile"] = Access.User,
        ["GET /applications"] = Access.User,
        ["GET /applications/board"] = Access.User,
        ["GET /applications/new"] = Access.User,

        ["GET /admin"] = Access.Admin,
        ["GET /admin/audit"] = Access.Admin,
        ["GET /admin/users"] = Access.Admin,
        ["GET /admin/users/{UserId:int}"] = Access.Admin,

        ["GET /products/{Slug}/versions/{Id:int}/edit"] = Access.Owner,
        ["GET /applications/{Id:int}"] = Access.Owner,
        ["GET /products/{slug}/versions/{id:int}/export.pdf"] = Access.Owner,
        ["GET /products/{slug}/versions/{id:int}/export.docx"] = Access.Owner,
        ["GET /products/{slug}/versions/{id:int}/export.json"] = Access.Owner,

        ["POST /Account/Logout"] = Access.UserAction,
        ["POST /Account/Manage/DownloadPersonalData"] = Access.UserAction,
        ["POST /Account/Manage/SignOutEverywhere"] = Access.UserAction,

        ["GET /openapi/{documentName}.json"] = Access.Infrastructure,
        ["GET /scalar/{documentName?}"] = Access.Infrastructure,
        ["GET /scalar/favicon.svg"] = Access.Infrastructure,
        ["GET /scalar/scalar.aspnetcore.js"] = Access.Infrastructure,
        ["GET /scalar/scalar.js"] = Access.Infrastructure,
        ["GET /{**path:file}"] = Access.Infrastructure,
        ["HEAD /{**path:file}"] = Access.Infrastructure,
    };

    private const string Password = "orange kettle on a quiet monday";
    private readonly MigratedDatabase _database = new();
    private readonly string _adminEmail = TestUsers.UniqueEmail("admin");
    private AppFactory _app = default!;

    private int _occupationId;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using (var db = _database.CreateContext())
        {
            await CareerNavigator.Tests.Occupations.EscoSample.SeedAsync(db);
            _occupationId = await db.EscoOccupations.Select(o => o.Id).MinAsync();
        }
        _app = AppFactory.ForPostgres(_database.ConnectionString, ("Admin:Emails:0", _adminEmail));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void Every_page_and_endpoint_has_an_access_rule()
    {
        var missing = MappedRoutes().Where(route => Classify(route) is null).ToList();

        Assert.True(missing.Count == 0, "Add an access rule (AccessRuleTests.Rules) for: " + string.Join(", ", missing));
        Assert.Empty(Rules.Keys.Except(MappedRoutes().Select(r => r.Key)));
    }

    [Fact]
    public async Task Each_rule_holds_for_a_visitor_a_user_another_user_and_an_admin()
    {
        var (owner, cv) = await SignedInWithCvAsync(TestUsers.UniqueEmail("owner"));
        var application = await ApplicationWithMarkerAsync(owner);
        var (other, _) = await SignedInWithCvAsync(TestUsers.UniqueEmail("other"));
        var (admin, _) = await SignedInWithCvAsync(_adminEmail);
        await EmailLinks.ConfirmAsync(_app.Services, admin.Client, _adminEmail);
        var visitor = Client();
        var failures = new List<string>();
        var checkedRoutes = 0;

        foreach (var route in MappedRoutes())
        {
            if (Classify(route) is not { } access)
            {
                failures.Add($"{route}: no access rule");
                continue;
            }
            if (access is Access.ApiToken or Access.Infrastructure)
            {
                continue;
            }
            checkedRoutes++;
            var path = route.Template.StartsWith("/occupations/", StringComparison.Ordinal)
                ? SamplePath(route.Template, _occupationId, owner.UserId)
                : route.Template.StartsWith("/applications/", StringComparison.Ordinal)
                    ? SamplePath(route.Template, application, owner.UserId)
                    : SamplePath(route.Template, cv.Id, owner.UserId);
            if (route.Method != "GET")
            {
                var refused = await visitor.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), path) { Content = new FormUrlEncodedContent([]) });
                Expect(failures, route, "visitor", !refused.IsSuccessStatusCode, refused);
                continue;
            }

            var asVisitor = await visitor.GetAsync(path);
            var asUser = await other.Client.GetAsync(path);
            var asOwner = await owner.Client.GetAsync(path);
            var asAdmin = await admin.Client.GetAsync(path);
            switch (access)
            {
                case Access.Public:
                    Expect(failures, route, "visitor", Answers(asVisitor), asVisitor);
                    break;
                case Access.User:
                    Expect(failures, route, "visitor", SentToSignIn(asVisitor), asVisitor);
                    Expect(failures, route, "user", asUser.StatusCode == HttpStatusCode.OK, asUser);
                    Expect(failures, route, "admin", asAdmin.StatusCode == HttpStatusCode.OK, asAdmin);
                    break;
                case Access.Admin:
                    Expect(failures, route, "visitor", SentToSignIn(asVisitor), asVisitor);
                    Expect(failures, route, "user", Refused(asUser), asUser);
                    Expect(failures, route, "admin", asAdmin.StatusCode == HttpStatusCode.OK, asAdmin);
                    break;
                case Access.Owner:
                    Expect(failures, route, "visitor", SentToSignIn(asVisitor), asVisitor);
                    Expect(failures, route, "owner", asOwner.StatusCode == HttpStatusCode.OK, asOwner);
                    Expect(failures, route, "another user", await ShowsNothingOfTheOwnerAsync(asUser, owner.Email), asUser);
                    Expect(failures, route, "admin (not the owner)", await ShowsNothingOfTheOwnerAsync(asAdmin, owner.Email), asAdmin);
                    break;
            }
        }

        Assert.True(checkedRoutes >= 39, $"only {checkedRoutes} routes checked");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private sealed record Route(string Method, string Template)
    {
        public string Key => $"{Method} {Template}";

        public override string ToString() => Key;
    }

    private IReadOnlyList<Route> MappedRoutes() =>
        [.. _app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !IsStaticFile(e) && !IsBlazorPlumbing(e.RoutePattern.RawText!))
            .SelectMany(e => MethodsOf(e).Select(method => new Route(method, Normalize(e.RoutePattern.RawText!))))
            .Distinct()
            .OrderBy(r => r.Key)];

    /// <summary>A page answers GET and its own forms' POST under one authorization; its rule is the GET rule.</summary>
    private static IEnumerable<string> MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
            ? ["GET"]
            : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static Access? Classify(Route route) =>
        route.Template.StartsWith("/api/", StringComparison.Ordinal) ? Access.ApiToken
        : Rules.TryGetValue(route.Key, out var access) ? access
        : null;

    private static string Normalize(string template) => template.StartsWith('/') ? template : "/" + template;

    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor");

    private static bool IsBlazorPlumbing(string template) =>
        template.TrimStart('/').StartsWith("_blazor", StringComparison.Ordinal)
        || template.TrimStart('/').StartsWith("_framework", StringComparison.Ordinal)
        || template.Contains("_content/", StringComparison.Ordinal);

    private static string SamplePath(string template, int versionId, int userId) =>
        RouteParameter().Replace(template, m => m.Groups[1].Value.ToLowerInvariant() switch
        {
            "slug" or "type" => "cv",
            "userid" => userId.ToString(),
            _ => versionId.ToString(),
        });

    /// <summary>The page answers (pages opened without their link's parameters send the visitor on), never refuses.</summary>
    private static bool Answers(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable
        || response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.OriginalString.Contains("AccessDenied");

    private static bool SentToSignIn(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login");

    private static bool Refused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied");

    /// <summary>404, or a page (Blazor pages answer 200) that shows none of the owner's data.</summary>
    private static async Task<bool> ShowsNothingOfTheOwnerAsync(HttpResponseMessage response, string ownerEmail) =>
        response.StatusCode == HttpStatusCode.NotFound
        || response.StatusCode == HttpStatusCode.OK && !(await response.Content.ReadAsStringAsync()).Contains(OwnerMarker(ownerEmail));

    private static string OwnerMarker(string email) => email[..email.IndexOf('@')];

    private static void Expect(List<string> failures, Route route, string who, bool held, HttpResponseMessage response)
    {
        if (!held)
        {
            failures.Add($"{route} as {who}: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    private HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private sealed record SignedIn(HttpClient Client, int UserId, string Email);

    /// <summary>A registered, signed-in user whose CV carries a marker (their email's local part) in its headline.</summary>
    private async Task<(SignedIn User, GeneratedProduct Cv)> SignedInWithCvAsync(string email)
    {
        var client = Client();
        var response = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var persona = await VersionsFor.PersonaAsync(_database);
        var source = (await VersionsFor.GenerateAsync(_database, persona.Id, ProductType.Cv, 1))[0];
        await using var db = _database.CreateContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var cv = new GeneratedProduct
        {
            UserId = userId, ProductType = ProductType.Cv, Version = 1, IsActive = true, GeneratedAt = source.GeneratedAt,
            ModelUsed = source.ModelUsed, Content = MarkHeadline(source.Content, OwnerMarker(email)),
        };
        db.GeneratedProducts.Add(cv);
        await db.SaveChangesAsync();
        return (new SignedIn(client, userId, email), cv);
    }

    /// <summary>An application of <paramref name="owner"/> whose employer carries the owner's marker.</summary>
    private async Task<int> ApplicationWithMarkerAsync(SignedIn owner)
    {
        await using var db = _database.CreateContext();
        var application = new JobApplication
        {
            UserId = owner.UserId, Company = $"Employer {OwnerMarker(owner.Email)}", Role = "Analyst", StatusChangedAt = DateTime.UtcNow,
        };
        db.JobApplications.Add(application);
        await db.SaveChangesAsync();
        return application.Id;
    }

    private static string MarkHeadline(string content, string marker)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(content)!.AsObject();
        json["header"]!["headline"] = $"Headline {marker}";
        return json.ToJsonString();
    }

    [GeneratedRegex(@"\{\**(\w+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
