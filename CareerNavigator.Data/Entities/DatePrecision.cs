using System.Text.Json.Serialization;
using NpgsqlTypes;

namespace CareerNavigator.Data.Entities;

/// <summary>
/// How much of a date is known: a day, only the month, or only the year. Stored beside each record date (as its
/// label, in a text column), whose value is then the first day of that month or year; nothing shows the part that
/// is not known.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    [PgName("day"), JsonStringEnumMemberName("day")] Day,
    [PgName("month"), JsonStringEnumMemberName("month")] Month,
    [PgName("year"), JsonStringEnumMemberName("year")] Year,
}
