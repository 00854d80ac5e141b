using System.Text.Json.Serialization;
using NpgsqlTypes;

namespace CareerNavigator.Data.Entities;

/// <summary>The kinds of fact the source check traces in a CV or a cover letter; stored as its label.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClaimKind>))]
public enum ClaimKind
{
    [PgName("employer"), JsonStringEnumMemberName("employer")] Employer,
    [PgName("title"), JsonStringEnumMemberName("title")] Title,
    [PgName("school"), JsonStringEnumMemberName("school")] School,
    [PgName("degree"), JsonStringEnumMemberName("degree")] Degree,
    [PgName("skill"), JsonStringEnumMemberName("skill")] Skill,
    [PgName("number"), JsonStringEnumMemberName("number")] Number,
    [PgName("date"), JsonStringEnumMemberName("date")] Date,
    [PgName("award"), JsonStringEnumMemberName("award")] Award,
}
