using System.Text.Json;
using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

/// <summary>A record date's precision: its label ("day", "month", "year") in a short text column that refuses any other.</summary>
internal static class DatePrecisionColumns
{
    public static void HasDatePrecision<TEntity>(this EntityTypeBuilder<TEntity> entity, string table, params string[] properties)
        where TEntity : class
    {
        foreach (var name in properties)
        {
            entity.Property<DatePrecision>(name).HasConversion(new EnumLabelConverter<DatePrecision>()).HasMaxLength(5);
            // The column name as the snake_case naming convention gives it.
            var column = JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
            entity.ToTable(table, t => t.HasCheckConstraint($"ck_{table}_{column}", $"{column} IN ('day', 'month', 'year')"));
        }
    }
}
