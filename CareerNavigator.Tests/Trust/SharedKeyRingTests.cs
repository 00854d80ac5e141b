using System.Net;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Tests.Trust;

/// <summary>Two instances of the app on one database, as behind a load balancer, or one app restarted.</summary>
public sealed class SharedKeyRingTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const string Password = "orange kettle on a quiet monday";

    [Fact]
    public async Task A_cookie_issued_by_one_instance_signs_in_on_another()
    {
        await using var first = AppFactory.ForPostgres(database.ConnectionString);
        await using var second = AppFactory.ForPostgres(database.ConnectionString);
        var email = TestUsers.UniqueEmail();

        var onFirst = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var registered = await FormPost.SubmitAsync(onFirst, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var cookie = string.Join("; ", registered.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        var onSecond = Client(second);
        var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Add("Cookie", cookie);
        var dashboard = await onSecond.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        await using var db = database.CreateContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync(), "the key ring lives in the database");
    }

    [Fact]
    public async Task A_form_rendered_by_one_instance_is_accepted_by_another()
    {
        await using var first = AppFactory.ForPostgres(database.ConnectionString);
        await using var second = AppFactory.ForPostgres(database.ConnectionString);
        var firstClient = Client(first);
        var page = await firstClient.GetAsync("/Account/Login");
        var html = await page.Content.ReadAsStringAsync();
        var antiforgeryCookie = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = FormPost.TokenIn(html)!;

        var post = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = TestUsers.UniqueEmail(),
                ["Input.Password"] = "not the password at all",
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        var answer = await Client(second).SendAsync(post);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("match an account", await answer.Content.ReadAsStringAsync());
    }

    private static HttpClient Client(AppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
}
