namespace CareerNavigator.Web.Accounts;

/// <summary>
/// The certificate that encrypts the Data Protection keys before they are stored in the database. It must live
/// somewhere else (a file or a secret setting), so that reading the database does not give the keys that sign
/// cookies and tokens.
/// </summary>
public sealed class KeyEncryptionOptions
{
    public const string Section = "DataProtection";

    /// <summary>Encrypts new keys and decrypts stored ones.</summary>
    public KeyEncryptionCertificate? Certificate { get; set; }

    /// <summary>Decrypt keys stored under an earlier certificate, while rotating to a new one.</summary>
    public List<KeyEncryptionCertificate> PreviousCertificates { get; set; } = [];

    /// <summary>Outside Development, store the keys unencrypted on purpose (start-up refuses otherwise).</summary>
    public bool AllowUnencryptedKeys { get; set; }
}

/// <summary>A PFX (PKCS #12) file with its private key, given as a path or as base64 text.</summary>
public sealed class KeyEncryptionCertificate
{
    public string? Path { get; set; }
    public string? Base64 { get; set; }
    public string? Password { get; set; }

    public bool IsSet => !string.IsNullOrWhiteSpace(Path) || !string.IsNullOrWhiteSpace(Base64);
}
