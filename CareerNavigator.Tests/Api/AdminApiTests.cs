using System.Net;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Api;

public sealed class AdminApiTests(ApiApp api) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task Walking_the_search_pages_returns_every_match_once()
    {
        var admin = await AdminClientAsync();
        var marker = Marker();
        var ids = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await AddUserAsync($"walk-{marker}-{i}@example.com"));
        }

        var seen = new List<int>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var response = await admin.GetAsync($"/api/v1/admin/users?q={marker}&limit=3&sort=email&order=asc" + (cursor is null ? "" : $"&cursor={cursor}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.BodyAsync();
            if (pages == 0)
            {
                Assert.Equal(7, (long)body["count"]!["value"]!);
                Assert.Equal("exact", (string?)body["count"]!["kind"]);
            }
            else
            {
                Assert.Null(body["count"]);
            }
            seen.AddRange(body["items"]!.AsArray().Select(u => (int)u!["id"]!));
            cursor = (string?)body["next_cursor"];
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(ids.Order(), seen.Order());
    }

    [Fact]
    public async Task Percent_and_underscore_in_the_search_text_are_plain_characters()
    {
        var admin = await AdminClientAsync();
        var marker = Marker();
        var literal = await AddUserAsync($"esc-{marker}%_x@example.com");
        await AddUserAsync($"esc-{marker}abx@example.com");

        var body = await (await admin.GetAsync($"/api/v1/admin/users?q={Uri.EscapeDataString(marker + "%_")}")).BodyAsync();

        Assert.Equal([literal], body["items"]!.AsArray().Select(u => (int)u!["id"]!));
    }

    [Fact]
    public async Task A_cursor_the_api_did_not_give_or_from_another_sort_is_a_400_naming_the_cursor()
    {
        var admin = await AdminClientAsync();
        var marker = Marker();
        await AddUserAsync($"cur-{marker}-1@example.com");
        await AddUserAsync($"cur-{marker}-2@example.com");
        var first = await (await admin.GetAsync($"/api/v1/admin/users?q={marker}&limit=1&sort=created")).BodyAsync();
        var createdCursor = (string)first["next_cursor"]!;

        await (await admin.GetAsync("/api/v1/admin/users?cursor=not-a-cursor")).AssertInvalidFieldAsync("cursor");
        await (await admin.GetAsync($"/api/v1/admin/users?q={marker}&sort=email&cursor={createdCursor}")).AssertInvalidFieldAsync("cursor");
    }

    [Fact]
    public async Task Unknown_filter_values_are_400s_naming_the_field()
    {
        var admin = await AdminClientAsync();

        await (await admin.GetAsync("/api/v1/admin/users?group=astronauts")).AssertInvalidFieldAsync("group");
        await (await admin.GetAsync("/api/v1/admin/users?sort=age")).AssertInvalidFieldAsync("sort");
        await (await admin.GetAsync("/api/v1/admin/users?limit=0")).AssertInvalidFieldAsync("limit");
        await (await admin.GetAsync("/api/v1/admin/users?created_from=2026-02-01&created_before=2026-01-01")).AssertInvalidFieldAsync("query");
    }

    [Fact]
    public async Task A_normal_users_token_is_403_and_no_token_is_401()
    {
        var (client, _) = await api.NewCallerAsync();
        var target = await AddUserAsync($"target-{Marker()}@example.com");

        await (await client.GetAsync("/api/v1/admin/users")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await client.GetAsync($"/api/v1/admin/users/{target}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await api.Client().GetAsync("/api/v1/admin/users")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.Client().GetAsync($"/api/v1/admin/users/{target}")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await using var db = api.CreateContext();
        Assert.False(await db.AdminAuditLog.AnyAsync(a => a.TargetUserId == target));
    }

    [Fact]
    public async Task Opening_a_record_with_a_read_token_returns_it_and_writes_an_audit_row()
    {
        var adminId = await api.NewUserAsync(Roles.Admin);
        var admin = api.Client(await api.NewTokenAsync(adminId, canWrite: false));
        var (owner, target) = await api.NewCallerAsync();
        await ProductApiTests.AddJobAsync(owner);

        var response = await admin.GetAsync($"/api/v1/admin/users/{target}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.BodyAsync();
        Assert.Equal(target, (int)body["account"]!["id"]!);
        Assert.Equal("Northwind", (string?)body["jobs"]![0]!["company_name"]);
        Assert.Null(body["account"]!["password_hash"]);
        await using var db = api.CreateContext();
        var audit = await db.AdminAuditLog.SingleAsync(a => a.TargetUserId == target);
        Assert.Equal(adminId, audit.ActorUserId);
        Assert.Equal(AdminAction.ViewRecord, audit.Action);
        Assert.Contains("@", audit.ActorEmail);
    }

    [Fact]
    public async Task An_unknown_user_id_is_404_and_nothing_is_audited()
    {
        var admin = await AdminClientAsync();
        await using var db = api.CreateContext();
        var before = await db.AdminAuditLog.CountAsync();

        await (await admin.GetAsync($"/api/v1/admin/users/{int.MaxValue}")).AssertProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(before, await db.AdminAuditLog.CountAsync());
    }

    private async Task<HttpClient> AdminClientAsync() => api.Client(await api.NewTokenAsync(await api.NewUserAsync(Roles.Admin)));

    private static string Marker() => Guid.NewGuid().ToString("N")[..10];

    private async Task<int> AddUserAsync(string email)
    {
        await using var db = api.CreateContext();
        var user = new User
        {
            Email = email, UserName = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }
}
