using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Invoicing.Infrastructure.Configurations;

internal sealed class SettlementConfiguration : IEntityTypeConfiguration<SettlementRecord>
{
    public void Configure(EntityTypeBuilder<SettlementRecord> settlement)
    {
        settlement.ToTable("settlements");
        settlement.HasKey(s => s.Id);
        settlement.Property(s => s.CostPoolId).HasMaxLength(63);
        // A pool's year is settled once, also when two requests arrive at the same moment.
        settlement.HasIndex(s => new { s.CostPoolId, s.Year }).IsUnique();
        settlement.HasMany(s => s.Shares).WithOne().HasForeignKey(s => s.SettlementId);
    }
}

internal sealed class SettlementShareConfiguration : IEntityTypeConfiguration<SettlementShareRecord>
{
    public void Configure(EntityTypeBuilder<SettlementShareRecord> share)
    {
        share.ToTable("settlement_shares");
        share.HasKey(s => new { s.SettlementId, s.MunicipalityNumber });
        share.Property(s => s.MunicipalityNumber).HasMaxLength(4);
    }
}
