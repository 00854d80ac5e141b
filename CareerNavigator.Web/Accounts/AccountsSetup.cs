using CareerNavigator.Data;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Accounts.Passwords;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerNavigator.Web.Accounts;

public static class AccountsSetup
{
    public static WebApplicationBuilder AddCareerNavigatorAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<BackgroundUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<BackgroundUser>().User ?? ActivatorUtilities.CreateInstance<CurrentUser>(sp));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationHandler, OwnerHandler>();

        services.AddIdentityCore<User>(options =>
            {
                // Off by default: a new account works at once; Admin needs a confirmed email regardless.
                options.SignIn.RequireConfirmedAccount = builder.Configuration.GetValue("Email:RequireConfirmedEmailToSignIn", false);
                options.User.RequireUniqueEmail = true;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version2;

                // Length over composition (OWASP ASVS 5.0, 6.2).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;

                // The template leaves lockout off; a career record deserves better.
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<int>>()
            .AddEntityFrameworkStores<CareerNavigatorDbContext>()
            .AddSignInManager<TimingSafeSignInManager>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();

        // Sign-in cookies and open circuits re-check the security stamp every minute, so a password change
        // (which changes the stamp) ends the account's other sessions within 60 seconds.
        // Accounts:SessionCheckSeconds shortens it for tests; it never needs raising.
        var sessionCheck = TimeSpan.FromSeconds(Math.Clamp(builder.Configuration.GetValue("Accounts:SessionCheckSeconds", 60), 1, 60));
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = sessionCheck);

        builder.AddSharedKeyRing();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddScoped<AdminRoleAssigner>();
        services.AddScoped<AccountRecovery>();
        services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
