using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>Self-signed certificates for the Data Protection key encryption the app requires outside Development.</summary>
public static class TestKeyEncryption
{
    public const string Password = "test certificate password";

    private static readonly Lazy<string> SharedPfx = new(() => Convert.ToBase64String(CreatePfx("CN=Career Navigator tests")));

    /// <summary>One certificate for every test app, given as base64 configuration.</summary>
    public static (string Key, string? Value)[] Settings =>
    [
        ("DataProtection:Certificate:Base64", SharedPfx.Value),
        ("DataProtection:Certificate:Password", Password),
    ];

    public static byte[] CreatePfx(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx, Password);
    }
}
