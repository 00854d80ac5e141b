namespace CareerNavigator.Web.Api.Tokens;

/// <summary>What a personal access token may do: read, or read and write.</summary>
public enum AccessTokenScope
{
    Read,
    ReadWrite,
}

public static class AccessTokenScopes
{
    public const string ClaimType = "scope";
    public const string Read = "read";
    public const string ReadWrite = "read_write";

    public static string Label(this AccessTokenScope scope) => scope == AccessTokenScope.ReadWrite ? ReadWrite : Read;
}
