using System.Text.Json.Serialization;
using NpgsqlTypes;

namespace CareerNavigator.Data.Entities;

/// <summary>
/// How a CV is laid out on the page, in print, PDF and DOCX alike: one column, two columns with a side column, or a
/// compact single page. Stored as its label.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentDesign>))]
public enum DocumentDesign
{
    [PgName("classic"), JsonStringEnumMemberName("classic")] Classic,
    [PgName("modern"), JsonStringEnumMemberName("modern")] Modern,
    [PgName("compact"), JsonStringEnumMemberName("compact")] Compact,
}
