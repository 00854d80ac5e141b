using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Api.Tokens;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerNavigator.Tests.Api;

/// <summary>The real app on its own migrated PostgreSQL database, shared by one API test class; every test makes its own users and tokens.</summary>
public class ApiApp : IAsyncLifetime
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public const string Password = "correct horse battery staple";

    private readonly MigratedDatabase _database = new();

    public AppFactory App { get; private set; } = default!;

    protected virtual (string Key, string? Value)[] Settings => [];

    public virtual async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        App = AppFactory.ForPostgres(_database.ConnectionString, Settings);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _database.DisposeAsync();
    }

    public CareerNavigator.Data.CareerNavigatorDbContext CreateContext() => _database.CreateContext();

    public async Task<int> NewUserAsync(params string[] roles)
    {
        await using var db = _database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        foreach (var role in roles)
        {
            var roleRow = db.Roles.SingleOrDefault(r => r.Name == role)
                          ?? db.Roles.Add(new() { Name = role, NormalizedName = role.ToUpperInvariant() }).Entity;
            await db.SaveChangesAsync();
            db.UserRoles.Add(new() { UserId = user.Id, RoleId = roleRow.Id });
        }
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>Stores a token for the user the way the token page does (hash only) and returns its text.</summary>
    public async Task<string> NewTokenAsync(int userId, bool canWrite = true, DateTime? expiresAt = null, bool revoked = false)
    {
        var token = AccessTokenSecret.NewToken();
        await using var db = _database.CreateContext();
        db.PersonalAccessTokens.Add(new PersonalAccessToken
        {
            UserId = userId,
            Name = "test",
            TokenHash = AccessTokenSecret.Hash(token),
            Prefix = AccessTokenSecret.Prefix(token),
            CanWrite = canWrite,
            ExpiresAt = expiresAt ?? DateTime.UtcNow.AddDays(1),
            RevokedAt = revoked ? DateTime.UtcNow : null,
        });
        await db.SaveChangesAsync();
        return token;
    }

    public HttpClient Client(string? token = null)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    /// <summary>A browser-like client (cookies, no token) of a newly registered account, signed in.</summary>
    public async Task<HttpClient> RegisteredBrowserAsync(string? email = null)
    {
        var client = Client();
        var response = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email ?? TestUsers.UniqueEmail("api"),
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A client with a read-write token of a new user.</summary>
    public async Task<(HttpClient Client, int UserId)> NewCallerAsync(bool canWrite = true)
    {
        var userId = await NewUserAsync();
        return (Client(await NewTokenAsync(userId, canWrite)), userId);
    }
}

public static class ApiResponses
{
    public static async Task<JsonObject> BodyAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonArray> GetFromJsonArrayAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body, body.GetType(), options: ApiApp.Json);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    /// <summary>Asserts an RFC 9457 answer with this status; returns the body.</summary>
    public static async Task<JsonObject> AssertProblemAsync(this HttpResponseMessage response, System.Net.HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.BodyAsync();
        Assert.Equal((int)status, (int)body["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)body["title"]));
        return body;
    }

    /// <summary>Asserts a 400 whose errors name <paramref name="field"/>.</summary>
    public static async Task AssertInvalidFieldAsync(this HttpResponseMessage response, string field)
    {
        var body = await response.AssertProblemAsync(System.Net.HttpStatusCode.BadRequest);
        var errors = body["errors"]?.AsObject();
        Assert.True(errors?.ContainsKey(field) == true, $"Expected an error for '{field}', got: {body.ToJsonString()}");
        Assert.False(string.IsNullOrWhiteSpace((string?)errors![field]![0]));
    }
}
