using CareerNavigator.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CareerNavigator.Web.Accounts;

/// <summary>
/// Keeps ASP.NET Core Data Protection's keys in the database rather than in one machine's home folder, so
/// sign-in cookies and antiforgery tokens stay valid across restarts and on every instance of the app that
/// shares the database. The keys are encrypted with the certificate of <see cref="KeyEncryptionOptions"/>, which
/// is kept out of the database; outside Development start-up fails without one unless unencrypted keys are
/// allowed on purpose.
/// </summary>
public static class SharedKeyRing
{
    public const string ApplicationName = "CareerNavigator";

    public static WebApplicationBuilder AddSharedKeyRing(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var dataProtection = services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<CareerNavigatorDbContext>();
        services.AddOptions<KeyEncryptionOptions>().BindConfiguration(KeyEncryptionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyEncryptionOptions>, KeyEncryptionCertificates>();

        // Data Protection takes its certificates while services are registered; one that cannot be loaded is left
        // out here and stops start-up through the validation above, with the reason.
        var options = KeyEncryptionSettings(builder.Configuration);
        if (options.Certificate is { IsSet: true } current && KeyEncryptionCertificates.TryLoad(current, out var certificate) is null)
        {
            dataProtection.ProtectKeysWithCertificate(certificate!);
            var previous = options.PreviousCertificates
                .Select(source => KeyEncryptionCertificates.TryLoad(source, out var old) is null ? old! : null)
                .OfType<System.Security.Cryptography.X509Certificates.X509Certificate2>();
            dataProtection.UnprotectKeysWithAnyCertificate([certificate!, .. previous]);
        }
        return builder;
    }

    /// <summary>Says at start-up when the keys are stored unencrypted (allowed in Development, or on purpose).</summary>
    public static void WarnWhenKeysAreUnencrypted(this WebApplication app)
    {
        // Read from configuration, not IOptions: validation belongs to start-up, which reports it in one line.
        var options = KeyEncryptionSettings(app.Configuration);
        if (options.Certificate is not { IsSet: true } && (app.Environment.IsDevelopment() || options.AllowUnencryptedKeys))
        {
            app.Logger.LogWarning(
                "Data Protection keys are stored unencrypted in the database. Set DataProtection:Certificate to encrypt them.");
        }
    }

    private static KeyEncryptionOptions KeyEncryptionSettings(IConfiguration configuration) =>
        configuration.GetSection(KeyEncryptionOptions.Section).Get<KeyEncryptionOptions>() ?? new KeyEncryptionOptions();
}
