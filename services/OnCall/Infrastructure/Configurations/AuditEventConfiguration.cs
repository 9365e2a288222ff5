using Intermunicipal.OnCall.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.OnCall.Infrastructure.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEventRecord>
{
    public void Configure(EntityTypeBuilder<AuditEventRecord> audit)
    {
        audit.ToTable("audit_events");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Id).HasMaxLength(36);
        audit.Property(a => a.UnitId).HasMaxLength(63);
        audit.Property(a => a.Subject).HasMaxLength(200);
        audit.Property(a => a.SubjectMunicipalityNumber).HasMaxLength(4);
        audit.Property(a => a.CallId).HasMaxLength(36);
        audit.Property(a => a.Action).HasMaxLength(63);
        audit.HasIndex(a => new { a.UnitId, a.EventTime });
    }
}
