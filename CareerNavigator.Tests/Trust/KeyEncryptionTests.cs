using System.Net;
using CareerNavigator.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using CareerNavigator.Web.Accounts;
using Microsoft.Extensions.Hosting.Internal;

namespace CareerNavigator.Tests.Trust;

/// <summary>The Data Protection keys in the database are encrypted with a certificate kept outside it.</summary>
public sealed class KeyEncryptionTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>, IDisposable
{
    private readonly string _pfx = Path.Combine(Path.GetTempPath(), $"cn-keys-{Guid.NewGuid():N}.pfx");

    [Fact]
    public async Task Keys_are_stored_encrypted_and_another_instance_with_the_certificate_reads_them()
    {
        await File.WriteAllBytesAsync(_pfx, TestKeyEncryption.CreatePfx("CN=Career Navigator key encryption test"));
        (string, string?)[] certificate =
        [
            ("DataProtection:Certificate:Base64", null),
            ("DataProtection:Certificate:Path", _pfx),
            ("DataProtection:Certificate:Password", TestKeyEncryption.Password),
        ];
        await using var first = AppFactory.ForPostgresIn("Production", database.ConnectionString, certificate);
        await using var second = AppFactory.ForPostgresIn("Production", database.ConnectionString, certificate);
        var client = first.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careers.example.org/") });

        var page = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await using var db = database.CreateContext();
        var stored = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml);
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
        var other = second.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://careers.example.org/") });
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/Account/Login")).StatusCode);
        Assert.Equal(stored.Count, await db.DataProtectionKeys.CountAsync());
    }

    [Theory]
    [InlineData("Production", null, null, "DataProtection:Certificate is not set")]
    [InlineData("Development", "/nonexistent/keys.pfx", null, "DataProtection:Certificate could not be read")]
    [InlineData("Production", null, "bm90IGEgcGZ4", "DataProtection:Certificate could not be read")]
    public void A_missing_or_unreadable_certificate_is_named(string environment, string? path, string? base64, string problem)
    {
        var options = new KeyEncryptionOptions { Certificate = new KeyEncryptionCertificate { Path = path, Base64 = base64 } };

        var result = new KeyEncryptionCertificates(new HostingEnvironment { EnvironmentName = environment }).Validate(null, options);

        Assert.Contains(problem, Assert.Single(result.Failures!));
    }

    [Fact]
    public void Development_accepts_no_certificate_and_allowing_unencrypted_keys_is_accepted_anywhere()
    {
        Assert.True(new KeyEncryptionCertificates(new HostingEnvironment { EnvironmentName = "Development" })
            .Validate(null, new KeyEncryptionOptions()).Succeeded);
        Assert.True(new KeyEncryptionCertificates(new HostingEnvironment { EnvironmentName = "Production" })
            .Validate(null, new KeyEncryptionOptions { AllowUnencryptedKeys = true }).Succeeded);
    }

    [Fact]
    public async Task Outside_development_unencrypted_keys_can_be_allowed_on_purpose()
    {
        // A database of its own: this app stores an unencrypted key, which the other tests must not find.
        var own = new MigratedDatabase();
        await own.InitializeAsync();
        try
        {
            await using var app = AppFactory.ForPostgresIn("Production", own.ConnectionString,
                ("DataProtection:Certificate:Base64", null), ("DataProtection:AllowUnencryptedKeys", "true"));

            var health = await app.CreateClient().GetAsync("/healthz");

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            await own.DisposeAsync();
        }
    }

    public void Dispose() => File.Delete(_pfx);
}
