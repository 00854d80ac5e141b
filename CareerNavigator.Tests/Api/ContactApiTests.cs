using System.Net;

namespace CareerNavigator.Tests.Api;

/// <summary>/api/v1/profile/contact: the name and contact details, beside the v1 profile resource.</summary>
public sealed class ContactApiTests(ApiApp api) : IClassFixture<ApiApp>
{
    private static readonly object ValidContact = new
    {
        full_name = "Ana Example",
        headline = "Support lead",
        phone = "+351 912 345 678",
        public_email = "ana@example.org",
        links = new[] { new { label = "GitHub", url = "https://github.com/ana" } },
    };

    [Fact]
    public async Task Contact_details_are_replaced_with_the_profile_etag_and_read_back()
    {
        var (client, _) = await api.NewCallerAsync();
        var etag = (await client.GetAsync("/api/v1/profile/contact")).Headers.ETag!.Tag;

        var response = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile/contact", ValidContact, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await (await client.GetAsync("/api/v1/profile/contact")).BodyAsync();
        Assert.Equal("Ana Example", (string?)body["full_name"]);
        Assert.Equal("+351 912 345 678", (string?)body["phone"]);
        Assert.Equal("https://github.com/ana", (string?)body["links"]![0]!["url"]);
        // The same row: the profile's ETag moved with it.
        Assert.Equal(response.Headers.ETag!.Tag, (await client.GetAsync("/api/v1/profile")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Replacing_the_v1_profile_leaves_the_contact_details_as_they_were()
    {
        var (client, _) = await api.NewCallerAsync();
        var etag = (await client.GetAsync("/api/v1/profile/contact")).Headers.ETag!.Tag;
        etag = (await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile/contact", ValidContact, etag)).Headers.ETag!.Tag;

        var profile = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile", new { career_goals = "Lead a product team." }, etag);

        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        var contact = await (await client.GetAsync("/api/v1/profile/contact")).BodyAsync();
        Assert.Equal("Ana Example", (string?)contact["full_name"]);
        Assert.Single(contact["links"]!.AsArray());
    }

    [Theory]
    [InlineData("""{"phone": "call me"}""", "phone")]
    [InlineData("""{"public_email": "ana@"}""", "public_email")]
    [InlineData("""{"links": [{"label": "Site", "url": "javascript:alert(1)"}]}""", "links")]
    [InlineData("""{"links": [{"label": "", "url": "https://ana.example.org"}]}""", "links")]
    [InlineData("""{"links": [{"label": "Me", "url": "https://www.linkedin.com/in/ana-example"}]}""", "links")]
    [InlineData("""{"full_name": "12345"}""", "full_name")]
    [InlineData("""{"nickname": "Ana"}""", "nickname")]
    public async Task Invalid_fields_are_named_and_nothing_is_saved(string json, string field)
    {
        var (client, _) = await api.NewCallerAsync();
        var etag = (await client.GetAsync("/api/v1/profile/contact")).Headers.ETag!.Tag;

        var response = await client.SendJsonAsync(HttpMethod.Put, "/api/v1/profile/contact", json, etag);

        await response.AssertInvalidFieldAsync(field);
        Assert.Equal(etag, (await client.GetAsync("/api/v1/profile/contact")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_read_only_token_reads_but_cannot_update_and_no_if_match_is_428()
    {
        var (reader, _) = await api.NewCallerAsync(canWrite: false);
        var (writer, _) = await api.NewCallerAsync();
        var read = await reader.GetAsync("/api/v1/profile/contact");

        var refused = await reader.SendJsonAsync(HttpMethod.Put, "/api/v1/profile/contact", ValidContact, read.Headers.ETag!.Tag);
        var unconditional = await writer.SendJsonAsync(HttpMethod.Put, "/api/v1/profile/contact", ValidContact);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        await unconditional.AssertProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task Each_caller_reads_only_their_own_contact_details()
    {
        var (ana, _) = await api.NewCallerAsync();
        var (bob, _) = await api.NewCallerAsync();
        var etag = (await ana.GetAsync("/api/v1/profile/contact")).Headers.ETag!.Tag;
        await ana.SendJsonAsync(HttpMethod.Put, "/api/v1/profile/contact", ValidContact, etag);

        var theirs = await (await bob.GetAsync("/api/v1/profile/contact")).BodyAsync();

        Assert.Null((string?)theirs["full_name"]);
        Assert.Empty(theirs["links"]!.AsArray());
    }
}
