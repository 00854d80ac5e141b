using System.Net;

namespace CareerNavigator.Tests.Api;

/// <summary>Each API request's services see that request's token user, however many users call at once.</summary>
public sealed class ApiCurrentUserTests(ApiApp api) : IClassFixture<ApiApp>
{
    [Fact]
    public async Task Parallel_requests_of_different_users_never_see_each_others_records()
    {
        // Set up one caller at a time: the test server starts on the first client, and must start once.
        var callers = new List<(HttpClient Client, string Name, int Id)>();
        for (var i = 0; i < 6; i++)
        {
            var (client, _) = await api.NewCallerAsync();
            var name = $"Course of caller {i} {Guid.NewGuid():N}";
            var created = await client.SendJsonAsync(HttpMethod.Post, "/api/v1/courses", new { course_name = name });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            callers.Add((client, name, (int)(await created.BodyAsync())["id"]!));
        }

        var reads = callers.SelectMany(caller => Enumerable.Range(0, 5).Select(async _ =>
        {
            var page = await caller.Client.GetAsync("/api/v1/courses");
            var items = (await page.BodyAsync())["items"]!.AsArray();
            var own = await caller.Client.GetAsync($"/api/v1/courses/{caller.Id}");
            var other = callers.First(c => c.Id != caller.Id);
            var others = await caller.Client.GetAsync($"/api/v1/courses/{other.Id}");
            return (caller.Name, Listed: items.Select(item => (string?)item!["course_name"]).ToList(), own.StatusCode, Others: others.StatusCode);
        }));

        foreach (var (name, listed, own, others) in await Task.WhenAll(reads))
        {
            Assert.Equal([name], listed);
            Assert.Equal(HttpStatusCode.OK, own);
            Assert.Equal(HttpStatusCode.NotFound, others);
        }
    }
}
