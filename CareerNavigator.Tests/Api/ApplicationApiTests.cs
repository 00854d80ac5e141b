using System.Net;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Api;

/// <summary>Job applications through /api/v1: CRUD, the status change with If-Match, and another user's id.</summary>
public sealed class ApplicationApiTests(ApiApp api) : IClassFixture<ApiApp>
{
    private static object Valid(string company = "Contoso Health") => new
    {
        company, role = "Product Analyst", location = "Lisbon", link = "https://jobs.example.org/42", deadline = "2030-01-31",
        advert_text = "You must have 3+ years of SQL.", notes = "Referred by Ana.",
        contacts = new[] { new { name = "Marta Silva", role = "Recruiter", email = "marta@example.org", phone = "+351 912 000 111" } },
        next_action = "Send the portfolio", next_action_date = "2030-01-10", remind_by_email = true,
    };

    [Fact]
    public async Task Create_read_list_update_move_and_delete_round_trip_with_the_history_kept()
    {
        var (client, _) = await api.NewCallerAsync();

        var created = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/applications", Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.BodyAsync();
        var id = (int)body["id"]!;
        Assert.Equal($"/api/v1/applications/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("saved", (string?)body["status"]);
        Assert.Equal("Marta Silva", (string?)body["contacts"]![0]!["name"]);
        Assert.Single(body["status_history"]!.AsArray());

        var read = await client.GetAsync($"/api/v1/applications/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(created.Headers.ETag!.Tag, read.Headers.ETag!.Tag);

        var updated = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}", Valid("Fabrikam"), read.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Fabrikam", (string?)(await updated.BodyAsync())["company"]);
        Assert.Equal("saved", (string?)(await updated.BodyAsync())["status"]);

        var moved = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}/status", new { status = "interview" }, updated.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var afterMove = await moved.BodyAsync();
        Assert.Equal("interview", (string?)afterMove["status"]);
        var history = afterMove["status_history"]!.AsArray();
        Assert.Equal(2, history.Count);
        Assert.Equal("saved", (string?)history[1]!["from_status"]);
        Assert.Equal("interview", (string?)history[1]!["to_status"]);
        Assert.NotEqual(updated.Headers.ETag.Tag, moved.Headers.ETag!.Tag);

        var list = await (await client.GetAsync("/api/v1/applications?status=interview")).BodyAsync();
        Assert.Equal(id, (int)list["items"]![0]!["id"]!);
        Assert.Empty((await (await client.GetAsync("/api/v1/applications?status=offer")).BodyAsync())["items"]!.AsArray());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/applications/{id}")).StatusCode);
        await (await client.GetAsync($"/api/v1/applications/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await using var db = api.CreateContext();
        Assert.False(await db.ApplicationStatusChanges.AnyAsync(c => c.JobApplicationId == id), "the history goes with the application");
    }

    [Fact]
    public async Task A_stale_etag_is_412_and_a_missing_one_428_on_update_and_status_change()
    {
        var (client, _) = await api.NewCallerAsync();
        var created = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/applications", Valid());
        var id = (int)(await created.BodyAsync())["id"]!;
        var first = created.Headers.ETag!.Tag;
        var moved = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}/status", new { status = "applied" }, first);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        await (await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}/status", new { status = "offer" }, first))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}", Valid("Stale"), first))
            .AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}/status", new { status = "offer" }))
            .AssertProblemAsync((HttpStatusCode)428);
        await (await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}", Valid("Blind")))
            .AssertProblemAsync((HttpStatusCode)428);
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/applications/{id}");
        delete.Headers.TryAddWithoutValidation("If-Match", first);
        await (await client.SendAsync(delete)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);

        var now = await (await client.GetAsync($"/api/v1/applications/{id}")).BodyAsync();
        Assert.Equal("applied", (string?)now["status"]);
        Assert.Equal("Contoso Health", (string?)now["company"]);
    }

    [Fact]
    public async Task Another_users_application_is_not_found_for_every_verb_and_stays_unchanged()
    {
        var (owner, _) = await api.NewCallerAsync();
        var (other, _) = await api.NewCallerAsync();
        var created = await owner.SendJsonAsync(HttpMethod.Post, "/api/v1/applications", Valid());
        var id = (int)(await created.BodyAsync())["id"]!;
        var etag = created.Headers.ETag!.Tag;

        await (await other.GetAsync($"/api/v1/applications/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await other.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}", Valid("Hijacked"), etag)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await other.SendJsonAsync(HttpMethod.Put, $"/api/v1/applications/{id}/status", new { status = "rejected" }, etag)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await other.DeleteAsync($"/api/v1/applications/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await (await other.GetAsync("/api/v1/applications")).BodyAsync())["items"]!.AsArray());

        var still = await (await owner.GetAsync($"/api/v1/applications/{id}")).BodyAsync();
        Assert.Equal("Contoso Health", (string?)still["company"]);
        Assert.Equal("saved", (string?)still["status"]);
        Assert.Single(still["status_history"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"role": "Analyst"}""", "company")]
    [InlineData("""{"company": "A", "role": "B", "link": "javascript:alert(1)"}""", "link")]
    [InlineData("""{"company": "A", "role": "B", "link": "ftp://example.org/advert"}""", "link")]
    [InlineData("""{"company": "A", "role": "B", "status": "hired"}""", "status")]
    [InlineData("""{"company": "A", "role": "B", "deadline": "3000-01-01"}""", "deadline")]
    [InlineData("""{"company": "A", "role": "B", "remind_by_email": true}""", "next_action_date")]
    [InlineData("""{"company": "A", "role": "B", "contacts": [{"name": "M", "email": "not an address"}]}""", "contacts")]
    public async Task An_invalid_create_names_the_field_and_stores_nothing(string json, string field)
    {
        var (client, _) = await api.NewCallerAsync();

        var response = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/applications", json);

        await response.AssertInvalidFieldAsync(field);
        Assert.Empty((await (await client.GetAsync("/api/v1/applications")).BodyAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task A_read_token_reads_but_cannot_write()
    {
        var (writer, userId) = await api.NewCallerAsync();
        var id = (int)(await (await writer.SendJsonAsync(HttpMethod.Post, "/api/v1/applications", Valid())).BodyAsync())["id"]!;
        var reader = api.Client(await api.NewTokenAsync(userId, canWrite: false));

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/v1/applications/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.SendJsonAsync(HttpMethod.Post, "/api/v1/applications", Valid())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client().GetAsync("/api/v1/applications")).StatusCode);
    }
}
