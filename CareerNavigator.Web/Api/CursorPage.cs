using System.Text;

namespace CareerNavigator.Web.Api;

/// <summary>One page of a list; pass <see cref="NextCursor"/> as <c>cursor</c> to get the next, null on the last page.</summary>
public sealed record CursorPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>
/// Opaque cursors over an ordered integer key (a record id, a version number). The key, not an offset, so that
/// rows added or removed between two requests neither repeat nor skip others.
/// </summary>
public static class Cursors
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;

    public static string Encode(int key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"k:{key}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The key after which the page starts, null for the first page; 400 for a cursor this API did not give.</summary>
    public static int? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/').PadRight(cursor.Length + (4 - cursor.Length % 4) % 4, '=');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(padded));
            if (text.StartsWith("k:", StringComparison.Ordinal) && int.TryParse(text[2..], out var key))
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }
        throw InvalidCursor();
    }

    public static int Limit(int? limit) => limit switch
    {
        null => DefaultLimit,
        >= 1 and <= MaxLimit => limit.Value,
        _ => throw new Profiles.FormValidationException([new($"Ask for 1 to {MaxLimit} items.", ["limit"])]),
    };

    /// <summary>A page of rows already in key order; reads one extra row to know whether another page follows.</summary>
    public static CursorPage<TOut> Page<TIn, TOut>(IReadOnlyList<TIn> rowsPlusOne, int limit, Func<TIn, int> key, Func<TIn, TOut> map)
    {
        var items = rowsPlusOne.Take(limit).ToList();
        var next = rowsPlusOne.Count > limit ? Encode(key(items[^1])) : null;
        return new CursorPage<TOut>([.. items.Select(map)], next);
    }

    private static Profiles.FormValidationException InvalidCursor() =>
        new([new("This cursor is not one this API gave out; start again without a cursor.", ["cursor"])]);
}
