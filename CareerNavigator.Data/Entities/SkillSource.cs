using System.Text.Json.Serialization;
using NpgsqlTypes;

namespace CareerNavigator.Data.Entities;

/// <summary>Where a profile skill came from; stored as its label.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SkillSource>))]
public enum SkillSource
{
    [PgName("typed"), JsonStringEnumMemberName("typed")] Typed,
    [PgName("linkedin"), JsonStringEnumMemberName("linkedin")] LinkedIn,
    [PgName("json_resume"), JsonStringEnumMemberName("json_resume")] JsonResume,
    [PgName("cv"), JsonStringEnumMemberName("cv")] Cv,
    [PgName("occupation_match"), JsonStringEnumMemberName("occupation_match")] OccupationMatch,
}
