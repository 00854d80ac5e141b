using CareerNavigator.Data.Configurations;
using CareerNavigator.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerNavigator.Data;

/// <summary>
/// The application's database: the seed's six tables plus Identity's. One model, two providers; each
/// provider has its own subclass (<see cref="PostgresDbContext"/>, <see cref="SqliteDbContext"/>) only so
/// that each owns a migration set. After changing the model, add a migration to BOTH sets:
/// <code>
/// dotnet ef migrations add Name --project CareerNavigator.Data --startup-project CareerNavigator.Data --context PostgresDbContext --output-dir Migrations/Postgres
/// dotnet ef migrations add Name --project CareerNavigator.Data --startup-project CareerNavigator.Data --context SqliteDbContext --output-dir Migrations/Sqlite
/// </code>
/// See https://learn.microsoft.com/ef/core/managing-schemas/migrations/providers.
/// </summary>
public abstract class CareerNavigatorDbContext(DbContextOptions options)
    : IdentityDbContext<User, IdentityRole<int>, int>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// Pinned here rather than read from IdentityOptions, so that the app, the design-time factories and
    /// the tests always build the same model (no passkeys table).
    /// </summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version2;

    public DbSet<UserProfile> UserProfiles => Set<UserProfile>();
    public DbSet<JobExperience> JobExperiences => Set<JobExperience>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<AcademicRecord> AcademicRecords => Set<AcademicRecord>();
    public DbSet<GeneratedProduct> GeneratedProducts => Set<GeneratedProduct>();
    public DbSet<OnboardingProgress> OnboardingProgress => Set<OnboardingProgress>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();

    /// <summary>ASP.NET Core Data Protection's key ring, shared by every app instance (cookies, antiforgery).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ProductVersionName> ProductVersionNames => Set<ProductVersionName>();
    public DbSet<ProductVersionDesign> ProductVersionDesigns => Set<ProductVersionDesign>();
    public DbSet<AdminAuditEntry> AdminAuditLog => Set<AdminAuditEntry>();
    public DbSet<ModelUsage> ModelUsage => Set<ModelUsage>();
    public DbSet<OutboundEmail> EmailOutbox => Set<OutboundEmail>();

    // ESCO, the European occupations and skills classification: public reference data, no user's rows.
    public DbSet<EscoOccupation> EscoOccupations => Set<EscoOccupation>();
    public DbSet<EscoSkill> EscoSkills => Set<EscoSkill>();
    public DbSet<EscoOccupationSkill> EscoOccupationSkills => Set<EscoOccupationSkill>();
    public DbSet<EscoIscoGroup> EscoIscoGroups => Set<EscoIscoGroup>();
    public DbSet<EscoImport> EscoImports => Set<EscoImport>();

    // What a user chose or answered about ESCO entries: their rows.
    public DbSet<GoalOccupation> GoalOccupations => Set<GoalOccupation>();
    public DbSet<SkillDecision> SkillDecisions => Set<SkillDecision>();

    /// <summary>The person's skills as a whole, beside those of each job and course.</summary>
    public DbSet<UserSkill> UserSkills => Set<UserSkill>();

    /// <summary>Jobs the user saved from their adverts and follows on the board, each with its status history.</summary>
    public DbSet<JobApplication> JobApplications => Set<JobApplication>();
    public DbSet<ApplicationStatusChange> ApplicationStatusChanges => Set<ApplicationStatusChange>();
    public DbSet<UserSettings> UserSettings => Set<UserSettings>();

    /// <summary>The document versions sent with each application, frozen when it was marked applied.</summary>
    public DbSet<SentVersion> SentVersions => Set<SentVersion>();

    /// <summary>Facts in CVs and letters the source check could not trace, and the facts users confirmed as theirs.</summary>
    public DbSet<VersionClaim> VersionClaims => Set<VersionClaim>();
    public DbSet<ConfirmedFact> ConfirmedFacts => Set<ConfirmedFact>();

    /// <summary>Model work running as jobs of the job engine (whose own tables, <c>qrtz_*</c>, are not in this model: <see cref="JobStore.JobStoreSchema"/>).</summary>
    public DbSet<GenerationJob> GenerationJobs => Set<GenerationJob>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<IdentityRole<int>>().ToTable("roles");
        builder.Entity<IdentityUserRole<int>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<int>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<int>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<int>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<int>>().ToTable("role_claims");
        PinIdentityColumnLengths(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CareerNavigatorDbContext).Assembly);

        if (Database.IsNpgsql())
        {
            UseJsonbForJsonColumns(builder);
            EscoTrigramIndexes.Apply(builder);
        }
        else
        {
            StoreEnumsAsLabels(builder);
            ReadDateTimesAsUtc(builder);
        }
    }

    /// <summary>
    /// Identity sizes these columns from the app's IdentityOptions, which design-time factories and tests
    /// do not have; pinning them keeps one model everywhere.
    /// </summary>
    private static void PinIdentityColumnLengths(ModelBuilder builder)
    {
        const int keyLength = 128;
        builder.Entity<User>().Property(u => u.PhoneNumber).HasMaxLength(256);
        builder.Entity<IdentityUserLogin<int>>(login =>
        {
            login.Property(l => l.LoginProvider).HasMaxLength(keyLength);
            login.Property(l => l.ProviderKey).HasMaxLength(keyLength);
        });
        builder.Entity<IdentityUserToken<int>>(token =>
        {
            token.Property(t => t.LoginProvider).HasMaxLength(keyLength);
            token.Property(t => t.Name).HasMaxLength(keyLength);
        });
    }

    private static void UseJsonbForJsonColumns(ModelBuilder builder)
    {
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (JsonColumn.IsJsonColumn(property.GetValueConverter()?.GetType()))
            {
                property.SetColumnType("jsonb");
            }
        }
    }

    private static void StoreEnumsAsLabels(ModelBuilder builder)
    {
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (type == typeof(UserGroup))
            {
                property.SetValueConverter(new EnumLabelConverter<UserGroup>());
            }
            else if (type == typeof(ProductType))
            {
                property.SetValueConverter(new EnumLabelConverter<ProductType>());
            }
        }
    }

    private static void ReadDateTimesAsUtc(ModelBuilder builder)
    {
        var utc = new ValueConverter<DateTime, DateTime>(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (property.ClrType == typeof(DateTime))
            {
                property.SetValueConverter(utc);
            }
        }
    }
}

/// <summary>The PostgreSQL flavour of the context; owns Migrations/Postgres.</summary>
public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : CareerNavigatorDbContext(options);

/// <summary>The SQLite flavour of the context; owns Migrations/Sqlite.</summary>
public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options) : CareerNavigatorDbContext(options);
