using System.Net;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Applications.Sending;

/// <summary>The REST API's status change and creation freeze what was sent exactly like the pages do.</summary>
public sealed class ApiFreezingTests(ApiApp api) : IClassFixture<ApiApp>
{
    private async Task<int> ActiveCvAsync(int userId)
    {
        await using var db = api.CreateContext();
        var cv = new GeneratedProduct
        {
            UserId = userId, ProductType = ProductType.Cv, Content = "{}", Version = 1, IsActive = true, GeneratedAt = DateTime.UtcNow, ModelUsed = "built-in",
        };
        db.GeneratedProducts.Add(cv);
        await db.SaveChangesAsync();
        return cv.Id;
    }

    private async Task<List<int>> FrozenAsync(int applicationId)
    {
        await using var db = api.CreateContext();
        return await db.SentVersions.IgnoreQueryFilters().Where(s => s.JobApplicationId == applicationId).Select(s => s.GeneratedProductId).ToListAsync();
    }

    [Fact]
    public async Task Moving_an_application_to_applied_through_the_api_freezes_the_active_cv()
    {
        var (client, userId) = await api.NewCallerAsync();
        var cv = await ActiveCvAsync(userId);
        var created = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/applications", new { company = "Northwind", role = "Data Analyst" });
        var id = (int)(await created.BodyAsync())["id"]!;
        Assert.Empty(await FrozenAsync(id));

        var moved = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}/status", new { status = "applied" }, created.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal([cv], await FrozenAsync(id));
    }

    [Fact]
    public async Task An_application_created_as_applied_through_the_api_freezes_the_active_cv()
    {
        var (client, userId) = await api.NewCallerAsync();
        var cv = await ActiveCvAsync(userId);

        var created = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/applications", new { company = "Northwind", role = "Data Analyst", status = "applied" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal([cv], await FrozenAsync((int)(await created.BodyAsync())["id"]!));
    }

    [Fact]
    public async Task Another_users_application_is_404_through_the_api_and_nothing_is_frozen()
    {
        var (owner, ownerId) = await api.NewCallerAsync();
        await ActiveCvAsync(ownerId);
        var created = await owner.SendJsonAsync(HttpMethod.Post, "/api/v1/applications", new { company = "Northwind", role = "Data Analyst" });
        var id = (int)(await created.BodyAsync())["id"]!;
        var (stranger, strangerId) = await api.NewCallerAsync();
        await ActiveCvAsync(strangerId);

        var moved = await stranger.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}/status", new { status = "applied" }, created.Headers.ETag!.Tag);

        await moved.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty(await FrozenAsync(id));
    }
}
