namespace CareerNavigator.Web.Api.Tokens;

/// <summary>What a personal access token may do: read, or read and write. The labels are the API's and the form's values.</summary>
public static class AccessTokenScopes
{
    public const string ClaimType = "scope";
    public const string Read = "read";
    public const string ReadWrite = "read_write";
}
