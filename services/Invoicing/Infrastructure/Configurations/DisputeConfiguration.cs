using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Invoicing.Infrastructure.Configurations;

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<DisputeRecord>
{
    public void Configure(EntityTypeBuilder<DisputeRecord> dispute)
    {
        dispute.ToTable("disputes");
        dispute.HasKey(d => d.Id);
        dispute.Property(d => d.State).HasConversion<int>();
        dispute.Property(d => d.Version).IsConcurrencyToken();
        // At most one open dispute per line, also when two arrive at the same moment.
        dispute.HasIndex(d => new { d.InvoiceId, d.LineNumber }).IsUnique().HasFilter("\"State\" = 1");
        dispute.HasOne<InvoiceRecord>().WithMany().HasForeignKey(d => d.InvoiceId);
        dispute.HasMany(d => d.Messages).WithOne().HasForeignKey(m => m.DisputeId);
    }
}

internal sealed class DisputeMessageConfiguration : IEntityTypeConfiguration<DisputeMessageRecord>
{
    public void Configure(EntityTypeBuilder<DisputeMessageRecord> message)
    {
        message.ToTable("dispute_messages");
        message.HasKey(m => new { m.DisputeId, m.Number });
        message.Property(m => m.MunicipalityNumber).HasMaxLength(4);
        message.Property(m => m.Text).HasMaxLength(2000);
    }
}
