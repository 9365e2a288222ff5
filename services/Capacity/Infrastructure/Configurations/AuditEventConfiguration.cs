using Intermunicipal.Capacity.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Capacity.Infrastructure.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEventRecord>
{
    public void Configure(EntityTypeBuilder<AuditEventRecord> audit)
    {
        audit.ToTable("audit_events");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.Id).HasMaxLength(36);
        audit.Property(a => a.TeamId).HasMaxLength(63);
        audit.Property(a => a.Subject).HasMaxLength(200);
        audit.Property(a => a.SubjectMunicipalityNumber).HasMaxLength(4);
        audit.Property(a => a.ReferralId).HasMaxLength(36);
        audit.Property(a => a.Action).HasMaxLength(63);
        audit.HasIndex(a => new { a.TeamId, a.Id });
    }
}
