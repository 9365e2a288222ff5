using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Invoicing.Infrastructure.Configurations;

internal sealed class KeyFigureConfiguration : IEntityTypeConfiguration<KeyFigureRecord>
{
    public void Configure(EntityTypeBuilder<KeyFigureRecord> figure)
    {
        figure.ToTable("key_figures");
        figure.HasKey(f => new { f.Kind, f.Year, f.MunicipalityNumber });
        figure.Property(f => f.Kind).HasConversion<int>();
        figure.Property(f => f.MunicipalityNumber).HasMaxLength(4);
    }
}
