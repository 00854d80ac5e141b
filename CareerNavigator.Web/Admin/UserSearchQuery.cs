using CareerNavigator.Data.Entities;

namespace CareerNavigator.Web.Admin;

public enum UserSortField
{
    Created,
    Updated,
    Email,
}

/// <summary>
/// One request for a page of the admin user browser. <see cref="After"/> is the opaque cursor of the previous
/// page (<see cref="UserPage.NextCursor"/>); null asks for the first page. The grid and the REST API both send this.
/// </summary>
public sealed record UserSearchQuery
{
    public const int MinimumFragmentLength = 3;
    public const int MaxPageSize = 200;

    /// <summary>A fragment of email or username; three or more characters match anywhere, fewer match the start of the email.</summary>
    public string? Text { get; init; }
    public UserGroup? Group { get; init; }

    /// <summary>Only users who finished (true) or have not finished (false) the onboarding wizard.</summary>
    public bool? OnboardingComplete { get; init; }
    public bool? HasActiveCv { get; init; }

    /// <summary>Signed up on or after this instant (UTC).</summary>
    public DateTime? CreatedFrom { get; init; }

    /// <summary>Signed up before this instant (UTC), exclusive.</summary>
    public DateTime? CreatedBefore { get; init; }

    public UserSortField Sort { get; init; } = UserSortField.Created;
    public bool Descending { get; init; } = true;
    public int PageSize { get; init; } = 50;
    public string? After { get; init; }

    /// <summary>The trimmed search text, or null when there is none.</summary>
    public string? Fragment => string.IsNullOrWhiteSpace(Text) ? null : Text.Trim();

    /// <summary>True when the text is too short for a search anywhere in the email and is matched as an email prefix.</summary>
    public bool IsPrefixSearch => Fragment is { Length: < MinimumFragmentLength };
}

/// <summary>One row of the grid.</summary>
public sealed record UserRow(
    int Id,
    string Email,
    string? UserName,
    UserGroup? Group,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    bool OnboardingComplete,
    bool HasActiveCv,
    bool Disabled);

/// <summary>A page of users and the cursor of the next one (null on the last page); <see cref="Note"/> explains how the text was read.</summary>
public sealed record UserPage(IReadOnlyList<UserRow> Rows, string? NextCursor, string? Note);

/// <summary>How many users match: exact below <see cref="Cap"/>; otherwise a lower bound or the planner's estimate, and said so.</summary>
public sealed record UserCount(long Value, UserCountKind Kind, long Cap)
{
    public string Describe() => Kind switch
    {
        UserCountKind.Exact => $"{Value:N0} users",
        UserCountKind.AtLeast => $"more than {Cap:N0} users",
        UserCountKind.Estimate => $"about {Value:N0} users (estimate)",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}

public enum UserCountKind
{
    Exact,
    AtLeast,
    Estimate,
}
