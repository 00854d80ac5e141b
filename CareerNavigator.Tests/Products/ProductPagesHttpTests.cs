using System.Net;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerNavigator.Tests.Products;

/// <summary>The product pages through the real app, Identity and PostgreSQL: who gets in, and what an unknown type answers.</summary>
public sealed class ProductPagesHttpTests : IAsyncLifetime
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

    [Theory]
    [InlineData("/products")]
    [InlineData("/products/cv")]
    [InlineData("/products/nonsense")]
    public async Task Visitors_are_sent_to_sign_in(string path)
    {
        var response = await Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_signed_in_user_gets_the_documents_and_a_product_page()
    {
        var client = await RegisterAsync();

        var list = await client.GetAsync("/products");
        var cv = await client.GetAsync("/products/cv");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Your documents", await list.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, cv.StatusCode);
        Assert.Contains("You don&#x27;t have a CV yet", await cv.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/products/nonsense")]
    [InlineData("/products/CV")]
    [InlineData("/products/career_plan_2y")]
    public async Task An_unknown_product_type_is_the_not_found_page(string path)
    {
        var client = await RegisterAsync();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We can&#x27;t find that page", await response.Content.ReadAsStringAsync());
    }

    private HttpClient Client() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> RegisterAsync()
    {
        var client = Client();
        var response = await FormPost.SubmitAsync(client, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = TestUsers.UniqueEmail("products"),
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
