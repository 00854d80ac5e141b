using System.Text.Json;

namespace CareerNavigator.Web.Api;

/// <summary>
/// Reads a JSON body by hand, for handlers whose body type is a type parameter: the route handler analyzer
/// crashes (AD0001) on such parameters. Failures surface exactly like the framework's own binding failures.
/// </summary>
public static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpContext http, CancellationToken cancellationToken) where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            throw new BadHttpRequestException("Expected a JSON body.", StatusCodes.Status415UnsupportedMediaType);
        }
        try
        {
            return await http.Request.ReadFromJsonAsync<T>(cancellationToken)
                   ?? throw new BadHttpRequestException("The body is null.", StatusCodes.Status400BadRequest);
        }
        catch (JsonException ex)
        {
            throw new BadHttpRequestException("The body is not valid JSON for this endpoint.", StatusCodes.Status400BadRequest, ex);
        }
    }
}
