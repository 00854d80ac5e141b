using System.Text.Json.Serialization;
using NpgsqlTypes;

namespace CareerNavigator.Data.Entities;

/// <summary>
/// Where a job application stands: saved → applied → interview → offer → accepted, or rejected or withdrawn at any
/// point. Stored as its label; any status may follow any other (a wrong drag is undone by another move), and every
/// change is kept in <see cref="ApplicationStatusChange"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))]
public enum ApplicationStatus
{
    [PgName("saved"), JsonStringEnumMemberName("saved")] Saved,
    [PgName("applied"), JsonStringEnumMemberName("applied")] Applied,
    [PgName("interview"), JsonStringEnumMemberName("interview")] Interview,
    [PgName("offer"), JsonStringEnumMemberName("offer")] Offer,
    [PgName("accepted"), JsonStringEnumMemberName("accepted")] Accepted,
    [PgName("rejected"), JsonStringEnumMemberName("rejected")] Rejected,
    [PgName("withdrawn"), JsonStringEnumMemberName("withdrawn")] Withdrawn,
}
