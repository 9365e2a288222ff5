using Intermunicipal.Capacity.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Capacity.Infrastructure.Configurations;

internal sealed class CapacityChangeConfiguration : IEntityTypeConfiguration<CapacityChangeRecord>
{
    public void Configure(EntityTypeBuilder<CapacityChangeRecord> change)
    {
        change.ToTable("capacity_changes");
        change.HasKey(c => c.Id);
        change.Property(c => c.Id).HasMaxLength(36);
        change.Property(c => c.TeamId).HasMaxLength(63);
        change.Property(c => c.Creator).HasMaxLength(200);
        change.HasIndex(c => new { c.TeamId, c.EffectiveDate });
    }
}
