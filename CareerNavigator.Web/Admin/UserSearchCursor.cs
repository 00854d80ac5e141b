using System.Globalization;
using System.Text;

namespace CareerNavigator.Web.Admin;

/// <summary>
/// Where a page ended: the sort field, that row's sort value and its id. Sent to clients as an opaque URL-safe
/// string; a cursor that was tampered with or belongs to another sort is refused with <see cref="ArgumentException"/>.
/// </summary>
public sealed record UserSearchCursor(UserSortField Sort, DateTime? Time, string? Email, int Id)
{
    public static UserSearchCursor After(UserSortField sort, UserRow row) => sort switch
    {
        UserSortField.Created => new(sort, row.CreatedAt, null, row.Id),
        UserSortField.Updated => new(sort, row.UpdatedAt, null, row.Id),
        UserSortField.Email => new(sort, null, row.Email, row.Id),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, null),
    };

    public string Encode()
    {
        var value = Sort == UserSortField.Email ? Email! : Time!.Value.Ticks.ToString(CultureInfo.InvariantCulture);
        var text = $"{(int)Sort}|{Id}|{value}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static UserSearchCursor Decode(string cursor, UserSortField expectedSort)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|', 3);
            var sort = (UserSortField)int.Parse(parts[0], CultureInfo.InvariantCulture);
            var id = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (sort != expectedSort || !Enum.IsDefined(sort))
            {
                throw new ArgumentException("The cursor belongs to another sort order; start again from the first page.", nameof(cursor));
            }
            return sort == UserSortField.Email
                ? new UserSearchCursor(sort, null, parts[2], id)
                : new UserSearchCursor(sort, new DateTime(long.Parse(parts[2], CultureInfo.InvariantCulture), DateTimeKind.Utc), null, id);
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException or ArgumentOutOfRangeException)
        {
            throw new ArgumentException("The cursor is not one this server handed out; start again from the first page.", nameof(cursor), e);
        }
    }
}
