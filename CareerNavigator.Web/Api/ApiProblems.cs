using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace CareerNavigator.Web.Api;

/// <summary>RFC 9457 problem details, the body of every API error.</summary>
public static class ApiProblems
{
    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Problem(status, title, detail).ExecuteAsync(context);

    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>400 with the messages per field, field names in the API's snake_case.</summary>
    public static IResult Validation(IEnumerable<ValidationResult> errors) =>
        TypedResults.ValidationProblem(
            errors
                .SelectMany(e => (e.MemberNames.Any() ? e.MemberNames : [""]).Select(m => (Field: FieldName(m), Message: e.ErrorMessage ?? "Invalid value.")))
                .GroupBy(e => e.Field)
                .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray()),
            title: "Some fields are not valid",
            detail: "Correct the fields listed under errors and send the request again.");

    public static IResult Validation(string field, string message) => Validation([new ValidationResult(message, [field])]);

    public static string FieldName(string member) =>
        member.Length == 0 ? "body" : JsonNamingPolicy.SnakeCaseLower.ConvertName(member);
}

/// <summary>Thrown by endpoint code for an error answer; <see cref="ApiExceptionHandler"/> turns it into problem details.</summary>
public sealed class ApiProblemException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
}
