using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Invoicing.Infrastructure.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEventRecord>
{
    public void Configure(EntityTypeBuilder<AuditEventRecord> audit)
    {
        audit.ToTable("audit_events");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Id).ValueGeneratedOnAdd();
        audit.Property(a => a.Subject).HasMaxLength(200);
        audit.Property(a => a.SubjectMunicipalityNumber).HasMaxLength(4);
        audit.Property(a => a.Resource).HasMaxLength(200);
        audit.Property(a => a.Action).HasMaxLength(63);
        audit.Property(a => a.HostMunicipalityNumber).HasMaxLength(4);
        audit.Property(a => a.PartnerMunicipalityNumber).HasMaxLength(4);
        audit.HasIndex(a => new { a.HostMunicipalityNumber, a.Id });
        audit.HasIndex(a => new { a.PartnerMunicipalityNumber, a.Id });
    }
}
