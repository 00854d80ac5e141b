using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Admin;
using CareerNavigator.Web.Profiles;

namespace CareerNavigator.Web.Api.Admin;

/// <summary>The query string of GET /api/v1/admin/users, turned into the admin grid's <see cref="UserSearchQuery"/>.</summary>
public static class AdminUserSearchRequest
{
    private static readonly Dictionary<string, UserSortField> Sorts = new()
    {
        ["created"] = UserSortField.Created,
        ["updated"] = UserSortField.Updated,
        ["email"] = UserSortField.Email,
    };

    public static UserSearchQuery ToQuery(
        string? q, string? group, bool? onboardingComplete, bool? hasActiveCv, DateTime? createdFrom, DateTime? createdBefore,
        string? sort, string? order, int? limit, string? cursor) => new()
    {
        Text = q,
        Group = group is null ? null
            : DatabaseLabels.Labels<UserGroup>().Contains(group) ? DatabaseLabels.Parse<UserGroup>(group)
            : throw Invalid("group", $"The groups are: {string.Join(", ", DatabaseLabels.Labels<UserGroup>())}."),
        OnboardingComplete = onboardingComplete,
        HasActiveCv = hasActiveCv,
        CreatedFrom = createdFrom?.ToUniversalTime(),
        CreatedBefore = createdBefore?.ToUniversalTime(),
        Sort = sort is null ? UserSortField.Created
            : Sorts.TryGetValue(sort, out var field) ? field
            : throw Invalid("sort", $"Sort by one of: {string.Join(", ", Sorts.Keys)}."),
        Descending = order switch
        {
            null or "desc" => true,
            "asc" => false,
            _ => throw Invalid("order", "The order is asc or desc."),
        },
        PageSize = Cursors.Limit(limit),
        After = string.IsNullOrEmpty(cursor) ? null : cursor,
    };

    private static FormValidationException Invalid(string field, string message) => new([new(message, [field])]);
}
