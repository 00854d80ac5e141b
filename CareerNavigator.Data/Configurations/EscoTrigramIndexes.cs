using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CareerNavigator.Data.Configurations;

/// <summary>
/// PostgreSQL only: trigram (pg_trgm) GIN indexes on the labels people search by, so a fragment or a typo anywhere in a
/// label (<c>ILIKE '%…%'</c>, <c>%</c>, <c>similarity</c>) is found without reading the table. SQLite has no such index.
/// </summary>
public static class EscoTrigramIndexes
{
    public static void Apply(ModelBuilder builder)
    {
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<EscoOccupation>(occupation =>
        {
            occupation.HasIndex(o => o.PreferredLabel).HasDatabaseName("ix_esco_occupations_preferred_label_trgm")
                .HasMethod("gin").HasOperators("gin_trgm_ops");
            occupation.HasIndex(o => o.AltLabels).HasDatabaseName("ix_esco_occupations_alt_labels_trgm")
                .HasMethod("gin").HasOperators("gin_trgm_ops");
        });
        builder.Entity<EscoSkill>().HasIndex(s => s.PreferredLabel).HasDatabaseName("ix_esco_skills_preferred_label_trgm")
            .HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
