using System.Net;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Admin;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerNavigator.Tests.Admin;

/// <summary>Every admin service method and every admin page refuses a visitor and a signed-in non-admin.</summary>
public sealed class AdminAuthorizationTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    public static TheoryData<string> Methods => new()
    {
        "search", "count", "open record", "disable", "enable", "grant admin", "revoke admin", "delete", "audit log", "overview",
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_visitor_is_refused_by_every_admin_service_method(string method)
    {
        await using var db = database.CreateContext();
        var target = await TestUsers.AddAsync(db);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Call(AdminTestServices.Visitor(database), method, target.Id));
        await AssertUntouchedAsync(target.Id);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_signed_in_non_admin_is_refused_by_every_admin_service_method(string method)
    {
        await using var db = database.CreateContext();
        var user = await TestUsers.AddAsync(db);
        var target = await TestUsers.AddAsync(db);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Call(AdminTestServices.As(database, user.Id), method, target.Id));
        await AssertUntouchedAsync(target.Id);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/1")]
    [InlineData("/admin/audit")]
    public async Task Every_admin_page_sends_a_visitor_to_sign_in_and_refuses_a_non_admin(string path)
    {
        await using var app = AppFactory.ForPostgres(database.ConnectionString);
        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var asVisitor = await visitor.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, asVisitor.StatusCode);
        Assert.Contains("/Account/Login", asVisitor.Headers.Location!.OriginalString);

        var user = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        const string password = "a long enough password";
        await FormPost.SubmitAsync(user, "/Account/Register", "register", new Dictionary<string, string>
        {
            ["Input.Email"] = TestUsers.UniqueEmail(), ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        });
        var asUser = await user.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, asUser.StatusCode);
        Assert.Contains("/Account/AccessDenied", asUser.Headers.Location!.OriginalString);
    }

    private static Task Call(AdminTestServices services, string method, int targetId) => method switch
    {
        "search" => services.Search.SearchAsync(new UserSearchQuery()),
        "count" => services.Search.CountAsync(new UserSearchQuery()),
        "open record" => services.Records.OpenAsync(targetId),
        "disable" => services.Actions.DisableAsync(targetId),
        "enable" => services.Actions.EnableAsync(targetId),
        "grant admin" => services.Actions.GrantAdminAsync(targetId),
        "revoke admin" => services.Actions.RevokeAdminAsync(targetId),
        "delete" => services.Actions.DeleteAsync(targetId),
        "audit log" => services.AuditLog.ReadAsync(new AuditQuery()),
        "overview" => services.Overview.GetAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    private async Task AssertUntouchedAsync(int targetId)
    {
        await using var db = database.CreateContext();
        var target = await db.Users.FindAsync(targetId);
        Assert.NotNull(target);
        Assert.Null(target.LockoutEnd);
        Assert.DoesNotContain(db.AdminAuditLog, e => e.TargetUserId == targetId);
        Assert.DoesNotContain(db.UserRoles, r => r.UserId == targetId);
    }
}
