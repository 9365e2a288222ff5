using Intermunicipal.Capacity.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Capacity.Infrastructure.Configurations;

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<AllocationRecord>
{
    public void Configure(EntityTypeBuilder<AllocationRecord> allocation)
    {
        allocation.ToTable("allocations");
        allocation.HasKey(a => a.Id);
        allocation.Property(a => a.Id).HasMaxLength(36);
        allocation.Property(a => a.TeamId).HasMaxLength(63);
        allocation.Property(a => a.MunicipalityNumber).HasMaxLength(4);
        allocation.Property(a => a.Creator).HasMaxLength(200);
        allocation.HasIndex(a => new { a.TeamId, a.MunicipalityNumber, a.StartDate });
        allocation.HasIndex(a => a.MunicipalityNumber);
    }
}
