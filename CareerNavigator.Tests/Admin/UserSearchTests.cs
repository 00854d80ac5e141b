using CareerNavigator.Data.Entities;
using CareerNavigator.Tests.Infrastructure;
using CareerNavigator.Web.Accounts;
using CareerNavigator.Web.Admin;

namespace CareerNavigator.Tests.Admin;

/// <summary>The admin user browser's queries on PostgreSQL. Each test marks its users with a unique tag in the email.</summary>
public sealed class UserSearchTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Theory]
    [InlineData("100%_")]
    [InlineData("a_b")]
    [InlineData(@"back\slash")]
    [InlineData("50%")]
    public async Task Percent_underscore_and_backslash_in_the_search_are_literal(string special)
    {
        var tag = Tag();
        var literal = await AddAsync($"{tag}{special}x@example.com");
        // Would match if the special characters were wildcards or an escape.
        await AddAsync($"{tag}{special.Replace("%", "zz").Replace("_", "q").Replace(@"\", "")}x@example.com");
        await AddAsync($"{tag}{special.Replace("%", "").Replace("_", "").Replace(@"\", "")}y@example.com");

        var page = await Services().Search.SearchAsync(new UserSearchQuery { Text = tag + special });

        Assert.Equal([literal], page.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task A_fragment_matches_anywhere_in_email_or_username_whatever_the_case()
    {
        var tag = Tag();
        var byEmail = await AddAsync($"someone.{tag}@example.com");
        var byUserName = await AddAsync($"other+{Guid.NewGuid():N}@example.com", userName: $"Handle{tag.ToUpperInvariant()}");

        var page = await Services().Search.SearchAsync(new UserSearchQuery { Text = tag.ToUpperInvariant() });

        Assert.Equal(new[] { byEmail, byUserName }.Order(), page.Rows.Select(r => r.Id).Order());
        Assert.Null(page.Note);
    }

    [Fact]
    public async Task Fewer_than_three_characters_match_the_start_of_the_email_and_say_so()
    {
        var prefix = "q" + (char)('a' + Random.Shared.Next(26));
        var starts = await AddAsync($"{prefix}{Guid.NewGuid():N}@example.com");
        await AddAsync($"x{prefix}{Guid.NewGuid():N}@example.com");

        var page = await Services().Search.SearchAsync(new UserSearchQuery { Text = prefix.ToUpperInvariant(), PageSize = 200 });

        Assert.Contains(starts, page.Rows.Select(r => r.Id));
        Assert.All(page.Rows, r => Assert.StartsWith(prefix, r.Email, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("start with", page.Note);
    }

    [Fact]
    public async Task A_single_percent_sign_is_a_prefix_search_for_a_literal_percent()
    {
        await AddAsync($"plain{Guid.NewGuid():N}@example.com");

        var page = await Services().Search.SearchAsync(new UserSearchQuery { Text = "%" });

        Assert.All(page.Rows, r => Assert.StartsWith("%", r.Email));
    }

    [Fact]
    public async Task Filters_by_group_onboarding_active_cv_and_created_range_combine()
    {
        var tag = Tag();
        var match = await AddAsync($"{tag}.match@example.com", UserGroup.InexperiencedWithGoal, complete: true, activeCv: true);
        await AddAsync($"{tag}.group@example.com", UserGroup.ExperiencedContinuing, complete: true, activeCv: true);
        await AddAsync($"{tag}.incomplete@example.com", UserGroup.InexperiencedWithGoal, complete: false, activeCv: true);
        await AddAsync($"{tag}.nocv@example.com", UserGroup.InexperiencedWithGoal, complete: true, activeCv: false);

        var query = new UserSearchQuery
        {
            Text = tag, Group = UserGroup.InexperiencedWithGoal, OnboardingComplete = true, HasActiveCv = true,
            CreatedFrom = DateTime.UtcNow.AddHours(-1), CreatedBefore = DateTime.UtcNow.AddHours(1),
        };
        var page = await Services().Search.SearchAsync(query);
        var row = Assert.Single(page.Rows);
        Assert.Equal(match, row.Id);
        Assert.True(row.OnboardingComplete && row.HasActiveCv);
        Assert.Empty((await Services().Search.SearchAsync(query with { CreatedFrom = DateTime.UtcNow.AddHours(1), CreatedBefore = DateTime.UtcNow.AddHours(2) })).Rows);
        Assert.Equal(new UserCount(1, UserCountKind.Exact, UserSearchService.CountCap), await Services().Search.CountAsync(query));
    }

    [Theory]
    [InlineData(UserSortField.Created, true)]
    [InlineData(UserSortField.Created, false)]
    [InlineData(UserSortField.Email, false)]
    [InlineData(UserSortField.Email, true)]
    [InlineData(UserSortField.Updated, true)]
    public async Task Walking_all_pages_while_users_sign_up_yields_each_existing_user_exactly_once(UserSortField sort, bool descending)
    {
        var tag = Tag();
        var existing = new List<int>();
        for (var i = 0; i < 23; i++)
        {
            existing.Add(await AddAsync($"{tag}.{i:00}@example.com"));
        }

        var seen = new List<int>();
        var query = new UserSearchQuery { Text = tag, Sort = sort, Descending = descending, PageSize = 4 };
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await Services().Search.SearchAsync(query with { After = cursor });
            seen.AddRange(page.Rows.Select(r => r.Id));
            cursor = page.NextCursor;
            // Sign-ups between pages, sorting both before and after the cursor.
            await AddAsync($"{tag}.00new{pages}@example.com");
            await AddAsync($"{tag}.99new{pages}@example.com");
            pages++;
        }
        while (cursor is not null && pages < 100);

        Assert.Equal(existing.Order(), seen.Where(existing.Contains).Order());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task A_tampered_or_foreign_cursor_and_bad_page_sizes_are_refused_with_a_message()
    {
        var search = Services().Search;
        var page = await search.SearchAsync(new UserSearchQuery { PageSize = 1 });

        await Assert.ThrowsAsync<ArgumentException>(() => search.SearchAsync(new UserSearchQuery { After = "not a cursor" }));
        await Assert.ThrowsAsync<ArgumentException>(() => search.SearchAsync(new UserSearchQuery { After = page.NextCursor, Sort = UserSortField.Email }));
        await Assert.ThrowsAsync<ArgumentException>(() => search.SearchAsync(new UserSearchQuery { PageSize = 0 }));
        await Assert.ThrowsAsync<ArgumentException>(() => search.SearchAsync(new UserSearchQuery { PageSize = 1000 }));
        await Assert.ThrowsAsync<ArgumentException>(() => search.SearchAsync(new UserSearchQuery { Text = new string('a', 300) }));
    }

    [Fact]
    public async Task Counts_are_exact_below_the_cap_and_say_more_than_the_cap_above_it()
    {
        var tag = Tag();
        await AddAsync($"{tag}.1@example.com");
        await AddAsync($"{tag}.2@example.com");

        var count = await Services().Search.CountAsync(new UserSearchQuery { Text = tag });

        Assert.Equal("2 users", count.Describe());
        Assert.Equal("more than 10,000 users", new UserCount(10_000, UserCountKind.AtLeast, 10_000).Describe());
        Assert.Contains("estimate", new UserCount(1_000_000, UserCountKind.Estimate, 10_000).Describe());
    }

    private static string Tag() => "t" + Guid.NewGuid().ToString("N")[..10];

    private AdminTestServices Services() => AdminTestServices.As(database, 1, Roles.Admin);

    private async Task<int> AddAsync(string email, UserGroup? group = null, bool complete = false, bool activeCv = false, string? userName = null)
    {
        await using var db = database.CreateContext();
        var user = new User
        {
            Email = email, NormalizedEmail = email.ToUpperInvariant(), UserName = userName ?? email, NormalizedUserName = (userName ?? email).ToUpperInvariant(),
            SecurityStamp = Guid.NewGuid().ToString(), UserGroup = group,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        if (complete)
        {
            db.OnboardingProgress.Add(new OnboardingProgress { UserId = user.Id, CompletedAt = DateTime.UtcNow });
        }
        if (activeCv)
        {
            db.GeneratedProducts.Add(new GeneratedProduct { UserId = user.Id, ProductType = ProductType.Cv, Content = "{}", Version = 1, IsActive = true });
        }
        await db.SaveChangesAsync();
        return user.Id;
    }
}
