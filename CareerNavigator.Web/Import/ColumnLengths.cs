using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Web.Import;

/// <summary>Fits imported text into the model's column lengths, so one long value cannot fail the whole import.</summary>
internal static class ColumnLengths
{
    public static void Fit(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.GetMaxLength() is not { } max || property.CurrentValue is not string value || value.Length <= max)
                {
                    continue;
                }
                // A cut URL would point somewhere else; a cut name or place is still useful.
                property.CurrentValue = property.Metadata.Name.EndsWith("Url", StringComparison.Ordinal)
                    ? null
                    : value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)].TrimEnd();
            }
        }
    }
}
