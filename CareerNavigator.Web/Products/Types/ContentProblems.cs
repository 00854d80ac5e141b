using System.Globalization;

namespace CareerNavigator.Web.Products.Types;

/// <summary>Collects what is wrong with a piece of content, in sentences a person can act on.</summary>
internal sealed class ContentProblems
{
    /// <summary>The most cards a card-like product (courses, jobs, kinds of company) may hold.</summary>
    public const int MaxCards = 12;

    private readonly List<string> _problems = [];

    public IReadOnlyList<string> All => _problems;

    public void Add(string problem) => _problems.Add(problem);

    public void RequireText(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add($"{what} is empty.");
        }
    }

    public void MaxLength(string? value, int limit, string what)
    {
        if (value is not null && value.Length > limit)
        {
            Add(string.Create(CultureInfo.InvariantCulture, $"{what} is {value.Length:N0} characters; the limit is {limit:N0}."));
        }
    }

    public void RequireItems<T>(IReadOnlyList<T> items, string what)
    {
        if (items.Count == 0)
        {
            Add($"{what}: at least one is needed.");
        }
    }

    public void MaxItems<T>(IReadOnlyList<T> items, int limit, string what)
    {
        if (items.Count > limit)
        {
            Add($"{what}: {items.Count} given; at most {limit} are allowed.");
        }
    }

    /// <summary>Every entry of a text list must say something (the JSON reader lets null list items through).</summary>
    public void RequireTextItems(IReadOnlyList<string?> items, string what)
    {
        if (items.Any(string.IsNullOrWhiteSpace))
        {
            Add($"{what} contains an empty entry.");
        }
    }

    public void RequireDateOrder(DateOnly? start, DateOnly? end, string what)
    {
        if (start is { } s && end is { } e && e < s)
        {
            Add($"{what} ends before it starts.");
        }
    }
}
