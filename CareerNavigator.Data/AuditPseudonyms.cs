namespace CareerNavigator.Data;

/// <summary>What stands in the audit log for the email of an account that was erased (GDPR article 17).</summary>
public static class AuditPseudonyms
{
    public const string Prefix = "erased-user-";

    public static string For(int userId) => $"{Prefix}{userId}";
}
