namespace CareerNavigator.Data.Entities;

/// <summary>Column lengths of the identity and contact fields, shared by the model, the forms and the imports.</summary>
public static class ProfileLimits
{
    public const int FullName = 200;

    /// <summary>LinkedIn's own headline limit.</summary>
    public const int Headline = 220;

    /// <summary>The longest summary a CV shows.</summary>
    public const int Summary = 2_000;

    public const int Phone = 40;
    public const int Email = 256;
    public const int LinkLabel = 40;
    public const int LinkUrl = 500;
    public const int Links = 10;
}
