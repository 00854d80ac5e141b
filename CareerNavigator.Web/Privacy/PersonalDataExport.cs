using System.Text.Json;
using CareerNavigator.Data;
using CareerNavigator.Data.Configurations;
using CareerNavigator.Data.Entities;
using CareerNavigator.Web.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CareerNavigator.Web.Privacy;

/// <summary>
/// "Download my data" (GDPR articles 15 and 20): one JSON file with every row the user has in every table, column
/// by column as stored, generated products with their prompts. Secrets that are not the user's data (password hash,
/// security stamps, token values, the bodies of unsent mails) are named but withheld.
/// </summary>
public sealed class PersonalDataExport(IDbContextFactory<CareerNavigatorDbContext> contexts, TimeProvider clock)
{
    public const string Format = "career-navigator-personal-data/1";
    private const string Withheld = "(withheld: a secret, not your data)";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // A file for people to read, never embedded in HTML: keep "+" and accents as they are.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<byte[]> ExportAsync(int userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tables = new Dictionary<string, List<Dictionary<string, object?>>>();
        foreach (var (table, rows) in await UserOwnedTables.LoadAsync(db, userId, cancellationToken))
        {
            tables[table.Name] = rows.Select(row => Columns(table.EntityType, row)).ToList();
        }
        if (tables["users"].Count == 0)
        {
            throw new RecordNotFoundException();
        }

        var document = new Dictionary<string, object?>
        {
            ["format"] = Format,
            ["exported_at"] = clock.GetUtcNow().UtcDateTime,
            ["user_id"] = userId,
            ["tables"] = tables,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    private static Dictionary<string, object?> Columns(IEntityType entityType, object row) =>
        entityType.GetProperties().ToDictionary(
            property => property.GetColumnName(),
            property => IsSecret(entityType, property) ? Withheld : Value(property, property.GetGetter().GetClrValue(row)));

    private static bool IsSecret(IEntityType entityType, IProperty property)
    {
        var column = property.GetColumnName();
        return column.Contains("hash", StringComparison.Ordinal)
            || column.Contains("stamp", StringComparison.Ordinal)
            || entityType.GetTableName() == "user_tokens" && column == "value"
            // A mail not yet sent may hold a one-time link (confirmation, reset).
            || entityType.GetTableName() == "email_outbox" && column is "html_body" or "text_body";
    }

    private static object? Value(IProperty property, object? value) => value switch
    {
        string text when property.GetValueConverter() is RawJsonConverter => JsonDocument.Parse(text).RootElement.Clone(),
        UserGroup group => group.Label(),
        ProductType type => type.Label(),
        _ => value,
    };
}
