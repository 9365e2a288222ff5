using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Hosting.Idempotency;

/// <summary>The "changes" table: apply it in a service's DbContext (<c>modelBuilder.ApplyConfiguration</c>).</summary>
public sealed class ChangeRecordConfiguration : IEntityTypeConfiguration<ChangeRecord>
{
    public void Configure(EntityTypeBuilder<ChangeRecord> change)
    {
        change.ToTable("changes");
        // The primary key makes two racing attempts with one request id store one change.
        change.HasKey(c => c.RequestId);
        change.Property(c => c.RequestId).HasMaxLength(36);
        change.Property(c => c.Method).HasMaxLength(63);
        change.Property(c => c.ResourceName).HasMaxLength(200);
        change.Property(c => c.Subject).HasMaxLength(200);
        change.Property(c => c.SubjectMunicipalityNumber).HasMaxLength(4);
        change.HasIndex(c => c.ResourceName);
    }
}
