namespace CareerNavigator.Web.Products.Types;

/// <summary>Content read from JSON: the record (null when it could not be read) and what is wrong with it, in words a person understands.</summary>
public sealed record ContentReading(object? Content, IReadOnlyList<string> Problems)
{
    public bool IsUsable => Content is not null && Problems.Count == 0;

    public static ContentReading Refused(IReadOnlyList<string> problems) => new(null, problems);
}
