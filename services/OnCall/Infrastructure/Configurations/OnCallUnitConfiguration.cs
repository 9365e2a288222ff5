using Intermunicipal.OnCall.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.OnCall.Infrastructure.Configurations;

internal sealed class OnCallUnitConfiguration : IEntityTypeConfiguration<OnCallUnitRecord>
{
    public void Configure(EntityTypeBuilder<OnCallUnitRecord> unit)
    {
        unit.ToTable("on_call_units");
        unit.HasKey(u => u.Id);
        unit.Property(u => u.Id).HasMaxLength(63);
        unit.Property(u => u.DisplayName).HasMaxLength(200);
        unit.Property(u => u.HostMunicipalityNumber).HasMaxLength(4);
    }
}
