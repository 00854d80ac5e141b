using System.Security.Claims;
using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;

namespace CareerNavigator.Tests.Accounts;

/// <summary>The resource rule every service applies to a row it is asked for by id.</summary>
public sealed class OwnerHandlerTests
{
    private static readonly Course OwnersCourse = new() { Id = 10, UserId = 1, CourseName = "SQL basics" };

    [Fact]
    public async Task The_owner_may_use_their_row() =>
        Assert.True(await AllowsAsync(TestCurrentUser.For(1)));

    [Fact]
    public async Task An_admin_is_refused_another_users_row_here_and_reads_it_in_the_audited_console() =>
        Assert.False(await AllowsAsync(TestCurrentUser.For(2, Roles.Admin)));

    [Fact]
    public async Task Another_user_is_refused() =>
        Assert.False(await AllowsAsync(TestCurrentUser.For(2)));

    [Fact]
    public async Task A_visitor_is_refused_even_with_an_admin_role_claim()
    {
        Assert.False(await AllowsAsync(TestCurrentUser.Nobody()));
        Assert.False(await AllowsAsync(new FixedCurrentUserWithoutId()));
    }

    private static async Task<bool> AllowsAsync(ICurrentUser user) =>
        await TestCurrentUser.Authorization.IsOwnerAsync(await user.GetPrincipalAsync(), OwnersCourse);

    private sealed class FixedCurrentUserWithoutId : ICurrentUser
    {
        public Task<ClaimsPrincipal> GetPrincipalAsync() =>
            Task.FromResult(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Admin)], "test")));
    }
}
