using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Invoicing.Infrastructure.Configurations;

internal sealed class CostPoolConfiguration : IEntityTypeConfiguration<CostPoolRecord>
{
    public void Configure(EntityTypeBuilder<CostPoolRecord> pool)
    {
        pool.ToTable("cost_pools");
        pool.HasKey(p => p.Id);
        pool.Property(p => p.Id).HasMaxLength(63);
        pool.Property(p => p.HostOrganisationNumber).HasMaxLength(9);
        pool.Property(p => p.Version).IsConcurrencyToken();
        pool.HasMany(p => p.Amounts).WithOne().HasForeignKey(a => a.CostPoolId);
    }
}

internal sealed class CostPoolAmountConfiguration : IEntityTypeConfiguration<CostPoolAmountRecord>
{
    public void Configure(EntityTypeBuilder<CostPoolAmountRecord> amount)
    {
        amount.ToTable("cost_pool_amounts");
        amount.HasKey(a => new { a.CostPoolId, a.Kind, a.Year });
        amount.Property(a => a.CostPoolId).HasMaxLength(63);
        amount.Property(a => a.Kind).HasConversion<int>();
    }
}
