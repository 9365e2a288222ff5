using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Invoicing.Infrastructure.Configurations;

internal sealed class InvoiceSequenceConfiguration : IEntityTypeConfiguration<InvoiceSequenceRecord>
{
    public void Configure(EntityTypeBuilder<InvoiceSequenceRecord> sequence)
    {
        sequence.ToTable("invoice_sequences");
        sequence.HasKey(s => new { s.IssuerOrganisationNumber, s.Year });
        sequence.Property(s => s.IssuerOrganisationNumber).HasMaxLength(9);
        sequence.Property(s => s.Version).IsConcurrencyToken();
    }
}
