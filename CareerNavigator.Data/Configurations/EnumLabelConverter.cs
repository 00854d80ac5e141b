using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerNavigator.Data.Configurations;

/// <summary>Stores an enum as its seed label (SQLite has no enum types; PostgreSQL uses native ones).</summary>
public sealed class EnumLabelConverter<TEnum>() : ValueConverter<TEnum, string>(
    v => v.Label(),
    v => DatabaseLabels.Parse<TEnum>(v))
    where TEnum : struct, Enum;
