using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Api;
using CareerNavigator.Web.Products.Versions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareerNavigator.Tests.Api;

/// <summary>The API's exception handler, with the app's own services (problem details, JSON options) behind it.</summary>
public sealed class ApiExceptionHandlerTests(ApiApp api) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task A_missing_version_is_404_by_its_type()
    {
        var (status, body) = await HandleAsync("/api/v1/products/cv/versions/7/activate", new VersionNotFoundException());

        Assert.Equal(StatusCodes.Status404NotFound, status);
        Assert.Equal("Not found", (string?)body!["title"]);
        Assert.Equal(ProductVersionService.NotFoundMessage, (string?)body["detail"]);
        Assert.Equal(["type", "title", "status", "detail"], body.Select(p => p.Key));
    }

    [Fact]
    public async Task A_refusal_is_not_404_because_its_message_reads_like_one()
    {
        var (status, body) = await HandleAsync("/api/v1/products/cv/versions/7/activate",
            new VersionRefusedException(ProductVersionService.NotFoundMessage));

        Assert.Equal(StatusCodes.Status500InternalServerError, status);
        Assert.DoesNotContain(ProductVersionService.NotFoundMessage, (string?)body!["detail"]);
    }

    [Fact]
    public async Task A_version_changed_meanwhile_is_409()
    {
        var (status, body) = await HandleAsync("/api/v1/products/cv/versions/7/activate", new VersionsChangedMeanwhileException("Activated elsewhere."));

        Assert.Equal(StatusCodes.Status409Conflict, status);
        Assert.Equal("Changed meanwhile", (string?)body!["title"]);
    }

    [Fact]
    public async Task Page_requests_are_left_to_the_pages_error_handling()
    {
        await using var scope = api.App.Services.CreateAsyncScope();
        var context = NewContext(scope.ServiceProvider, "/products/cv");

        var handled = await Handler(scope.ServiceProvider).TryHandleAsync(context, new InvalidOperationException("boom"), default);

        Assert.False(handled);
        Assert.Equal(0, context.Response.Body.Length);
    }

    [Fact]
    public async Task An_unexpected_failure_answers_500_with_a_reference_and_no_other_id()
    {
        await using var failing = api.App.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddScoped<ICurrentUser, FailingCurrentUser>()));
        var (_, userId) = await api.NewCallerAsync();
        var client = failing.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await api.NewTokenAsync(userId));

        var response = await client.GetAsync("/api/v1/profile");

        var body = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        Assert.Equal("Something went wrong", (string?)body["title"]);
        Assert.Matches("quote reference [0-9a-f]{8}\\.$", (string?)body["detail"]);
        Assert.Equal(["type", "title", "status", "detail"], body.Select(p => p.Key));
    }

    private async Task<(int Status, JsonObject? Body)> HandleAsync(string path, Exception exception)
    {
        await using var scope = api.App.Services.CreateAsyncScope();
        var context = NewContext(scope.ServiceProvider, path);

        Assert.True(await Handler(scope.ServiceProvider).TryHandleAsync(context, exception, default));

        Assert.Equal("application/problem+json", context.Response.ContentType?.Split(';')[0]);
        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, (await JsonNode.ParseAsync(context.Response.Body))?.AsObject());
    }

    private static IExceptionHandler Handler(IServiceProvider services) =>
        services.GetServices<IExceptionHandler>().OfType<ApiExceptionHandler>().Single();

    private static DefaultHttpContext NewContext(IServiceProvider services, string path) => new()
    {
        RequestServices = services,
        Request = { Method = HttpMethods.Post, Path = path },
        Response = { Body = new MemoryStream() },
    };

    private sealed class FailingCurrentUser : ICurrentUser
    {
        public Task<ClaimsPrincipal> GetPrincipalAsync() => throw new InvalidOperationException("The user store is down.");
    }
}
