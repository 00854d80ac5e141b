using System.Net;

namespace CareerNavigator.Tests.Api;

/// <summary>Jobs, courses and education through /api/v1: the same tests for each, with each one's own valid and invalid bodies.</summary>
public sealed class RecordApiTests(ApiApp api) : IClassFixture<ApiApp>
{
    public static TheoryData<string> Resources => ["jobs", "courses", "education"];

    private static object Valid(string resource, string name = "Northwind") => resource switch
    {
        "jobs" => new { company_name = name, position = "Analyst", start_date = "2020-01-01", is_current = true, skills_used = new[] { "SQL" } },
        "courses" => new { course_name = name, provider = "Coursera", completion_date = "2024-05-01", duration_hours = 12.5 },
        _ => new { institution_name = name, degree = "BSc", start_date = "2015-09-01", end_date = "2018-07-01", gpa = 3.5, gpa_scale = 4 },
    };

    private static string NameField(string resource) => resource switch
    {
        "jobs" => "company_name",
        "courses" => "course_name",
        _ => "institution_name",
    };

    public static TheoryData<string, string, string> InvalidBodies => new()
    {
        { "jobs", """{"position": "Analyst", "start_date": "2020-01-01", "is_current": true}""", "company_name" },
        { "jobs", """{"company_name": "A", "position": "B", "is_current": true}""", "start_date" },
        { "jobs", """{"company_name": "A", "position": "B", "start_date": "2020-01-01", "end_date": "2019-01-01"}""", "end_date" },
        { "jobs", """{"company_name": "A", "position": "B", "start_date": "2020-01-01", "is_current": true, "end_date": "2021-01-01"}""", "end_date" },
        { "jobs", """{"company_name": "A", "position": "B", "start_date": "2999-01-01", "is_current": true}""", "start_date" },
        { "jobs", """{"company_name": "A", "position": "B", "start_date": "1 Jan 2020", "is_current": true}""", "start_date" },
        { "jobs", """{"company_name": "A", "position": "B", "start_date": "2020-01-01", "is_current": true, "skills_used": ["SQL", "sql"]}""", "skills_used" },
        { "jobs", """{"company_name": "A", "position": "B", "start_date": "2020-01-01", "start_date_precision": "week", "is_current": true}""", "start_date_precision" },
        { "courses", """{"course_name": ""}""", "course_name" },
        { "courses", """{"course_name": "C", "duration_hours": -3}""", "duration_hours" },
        { "courses", """{"course_name": "C", "certificate_url": "javascript:alert(1)"}""", "certificate_url" },
        { "courses", """{"course_name": "C", "duration_hours": "many"}""", "duration_hours" },
        { "education", """{"degree": "BSc"}""", "institution_name" },
        { "education", """{"institution_name": "U", "gpa": 5, "gpa_scale": 4}""", "gpa" },
        { "education", """{"institution_name": "U", "gpa_scale": 3}""", "gpa_scale" },
        { "education", """{"institution_name": "U", "start_date": "1850-01-01"}""", "start_date" },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Create_read_update_and_delete_round_trip(string resource)
    {
        var (client, _) = await api.NewCallerAsync();

        var created = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/{resource}", Valid(resource));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.BodyAsync())["id"]!;
        Assert.Equal($"/api/v1/{resource}/{id}", created.Headers.Location!.OriginalString);

        var read = await client.GetAsync($"/api/v1/{resource}/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(created.Headers.ETag!.Tag, read.Headers.ETag!.Tag);

        var updated = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/{resource}/{id}", Valid(resource, "Contoso"), read.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Contoso", (string?)(await (await client.GetAsync($"/api/v1/{resource}/{id}")).BodyAsync())[NameField(resource)]);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/v1/{resource}/{id}")).StatusCode);
        await (await client.GetAsync($"/api/v1/{resource}/{id}")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task An_invalid_create_names_the_field_and_stores_nothing(string resource, string json, string field)
    {
        var (client, _) = await api.NewCallerAsync();

        var response = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/{resource}", json);

        await response.AssertInvalidFieldAsync(field);
        Assert.Empty((await (await client.GetAsync($"/api/v1/{resource}")).BodyAsync())["items"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task An_invalid_update_names_the_field_and_changes_nothing(string resource, string json, string field)
    {
        var (client, _) = await api.NewCallerAsync();
        var created = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/{resource}", Valid(resource));
        var id = (int)(await created.BodyAsync())["id"]!;

        var response = await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/{resource}/{id}", json, created.Headers.ETag!.Tag);

        await response.AssertInvalidFieldAsync(field);
        Assert.Equal(created.Headers.ETag.Tag, (await client.GetAsync($"/api/v1/{resource}/{id}")).Headers.ETag!.Tag);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Another_users_record_is_not_found_for_every_verb_and_stays_unchanged(string resource)
    {
        var (owner, _) = await api.NewCallerAsync();
        var (intruder, _) = await api.NewCallerAsync();
        var created = await owner.SendJsonAsync(HttpMethod.Post, $"/api/v1/{resource}", Valid(resource));
        var id = (int)(await created.BodyAsync())["id"]!;
        var path = $"/api/v1/{resource}/{id}";

        await (await intruder.GetAsync(path)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await intruder.SendJsonAsync(HttpMethod.Put, path, Valid(resource, "Hijacked"), "*")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await intruder.DeleteAsync(path)).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await (await intruder.GetAsync($"/api/v1/{resource}")).BodyAsync())["items"]!.AsArray());

        var still = await (await owner.GetAsync(path)).BodyAsync();
        Assert.Equal("Northwind", (string?)still[NameField(resource)]);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_missing_id_is_not_found(string resource)
    {
        var (client, _) = await api.NewCallerAsync();

        await (await client.GetAsync($"/api/v1/{resource}/2147483647")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.SendJsonAsync(HttpMethod.Put, $"/api/v1/{resource}/2147483647", Valid(resource), "*")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"/api/v1/{resource}/2147483647")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/{resource}/not-a-number")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_stale_etag_is_412_and_a_missing_one_428_on_update(string resource)
    {
        var (client, _) = await api.NewCallerAsync();
        var created = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/{resource}", Valid(resource));
        var id = (int)(await created.BodyAsync())["id"]!;
        var path = $"/api/v1/{resource}/{id}";
        var first = created.Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, (await client.SendJsonAsync(HttpMethod.Put, path, Valid(resource, "Second"), first)).StatusCode);

        await (await client.SendJsonAsync(HttpMethod.Put, path, Valid(resource, "Third"), first)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await client.SendJsonAsync(HttpMethod.Put, path, Valid(resource, "Third"))).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await client.SendJsonAsync(HttpMethod.Delete, path, null, first)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Second", (string?)(await (await client.GetAsync(path)).BodyAsync())[NameField(resource)]);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Lists_page_by_cursor_without_repeats_or_gaps(string resource)
    {
        var (client, _) = await api.NewCallerAsync();
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var created = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/{resource}", Valid(resource, $"Name {i}"));
            ids.Add((int)(await created.BodyAsync())["id"]!);
        }

        var seen = new List<int>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await client.GetAsync($"/api/v1/{resource}?limit=2" + (cursor is null ? "" : $"&cursor={cursor}"))).BodyAsync();
            seen.AddRange(page["items"]!.AsArray().Select(item => (int)item!["id"]!));
            cursor = (string?)page["next_cursor"];
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(ids, seen);
        Assert.Equal(3, pages);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?cursor=bm9wZQ", "cursor")]
    [InlineData("?cursor=%%%", "cursor")]
    public async Task A_bad_limit_or_cursor_is_a_validation_problem(string query, string field)
    {
        var (client, _) = await api.NewCallerAsync();

        await (await client.GetAsync($"/api/v1/jobs{query}")).AssertInvalidFieldAsync(field);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_read_only_token_lists_but_cannot_create_update_or_delete(string resource)
    {
        var (writer, userId) = await api.NewCallerAsync();
        var reader = api.Client(await api.NewTokenAsync(userId, canWrite: false));
        var created = await writer.SendJsonAsync(HttpMethod.Post, $"/api/v1/{resource}", Valid(resource));
        var path = $"/api/v1/{resource}/{(int)(await created.BodyAsync())["id"]!}";

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path)).StatusCode);
        await (await reader.SendJsonAsync(HttpMethod.Post, $"/api/v1/{resource}", Valid(resource))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await reader.SendJsonAsync(HttpMethod.Put, path, Valid(resource), created.Headers.ETag!.Tag)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await reader.DeleteAsync(path)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_body_sent_as_form_data_is_refused_as_unsupported()
    {
        var (client, _) = await api.NewCallerAsync();

        var response = await client.PostAsync("/api/v1/jobs", new FormUrlEncodedContent(new Dictionary<string, string> { ["company_name"] = "X" }));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Dates_carry_their_precision_and_a_v1_request_without_it_means_a_day()
    {
        var (client, _) = await api.NewCallerAsync();

        var year = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/education",
            new { institution_name = "TU Berlin", start_date = "2010-10-17", start_date_precision = "year", end_date = "2014-07-01", end_date_precision = "month" });
        var v1 = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/jobs",
            new { company_name = "Acme", position = "Engineer", start_date = "2020-03-14", is_current = true });

        var study = await year.BodyAsync();
        Assert.Equal(("2010-01-01", "year"), ((string?)study["start_date"], (string?)study["start_date_precision"]));
        Assert.Equal(("2014-07-01", "month"), ((string?)study["end_date"], (string?)study["end_date_precision"]));
        var job = await v1.BodyAsync();
        Assert.Equal(("2020-03-14", "day"), ((string?)job["start_date"], (string?)job["start_date_precision"]));
        Assert.Null((string?)job["end_date_precision"]);
    }
}
