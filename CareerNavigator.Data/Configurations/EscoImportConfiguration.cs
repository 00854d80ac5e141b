using CareerNavigator.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerNavigator.Data.Configurations;

public sealed class EscoImportConfiguration : IEntityTypeConfiguration<EscoImport>
{
    public void Configure(EntityTypeBuilder<EscoImport> import)
    {
        import.ToTable("esco_imports");
        import.Property(i => i.Version).HasMaxLength(32);
        import.Property(i => i.Language).HasMaxLength(8);
    }
}
