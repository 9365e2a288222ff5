using Intermunicipal.Capacity.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Capacity.Infrastructure.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<MunicipalityRecord>
{
    public void Configure(EntityTypeBuilder<MunicipalityRecord> municipality)
    {
        municipality.ToTable("municipalities");
        municipality.HasKey(m => m.Number);
        municipality.Property(m => m.Number).HasMaxLength(4);
        municipality.Property(m => m.Name).HasMaxLength(200);
    }
}
