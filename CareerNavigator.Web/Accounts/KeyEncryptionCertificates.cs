using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Accounts;

/// <summary>Loads the certificates of <see cref="KeyEncryptionOptions"/> and says in one line why one cannot be used.</summary>
public sealed class KeyEncryptionCertificates(IHostEnvironment environment) : IValidateOptions<KeyEncryptionOptions>
{
    public const string MissingMessage =
        "DataProtection:Certificate is not set. Outside Development the Data Protection keys (they sign the sign-in " +
        "cookies) must be stored encrypted: set DataProtection:Certificate:Path (a PFX file) or :Base64, and :Password; " +
        "or set DataProtection:AllowUnencryptedKeys=true to store them unencrypted on purpose.";

    public ValidateOptionsResult Validate(string? name, KeyEncryptionOptions options)
    {
        var problems = new List<string>();
        if (!options.Certificate?.IsSet ?? true)
        {
            if (!environment.IsDevelopment() && !options.AllowUnencryptedKeys)
            {
                problems.Add(MissingMessage);
            }
        }
        else if (TryLoad(options.Certificate!, out _) is { } problem)
        {
            problems.Add($"DataProtection:Certificate {problem}");
        }
        for (var i = 0; i < options.PreviousCertificates.Count; i++)
        {
            if (TryLoad(options.PreviousCertificates[i], out _) is { } problem)
            {
                problems.Add($"DataProtection:PreviousCertificates:{i} {problem}");
            }
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Null when <paramref name="certificate"/> loaded with its private key; otherwise what is wrong.</summary>
    public static string? TryLoad(KeyEncryptionCertificate source, out X509Certificate2? certificate)
    {
        certificate = null;
        if (!string.IsNullOrWhiteSpace(source.Path) && !string.IsNullOrWhiteSpace(source.Base64))
        {
            return "has both Path and Base64; set one.";
        }
        try
        {
            certificate = string.IsNullOrWhiteSpace(source.Base64)
                ? X509CertificateLoader.LoadPkcs12FromFile(source.Path!, source.Password)
                : X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(source.Base64), source.Password);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or FormatException)
        {
            return $"could not be read ({e.Message.TrimEnd('.')}): check the file (a PFX) and its password.";
        }
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            certificate = null;
            return "has no private key; the keys could not be decrypted with it.";
        }
        return null;
    }
}
