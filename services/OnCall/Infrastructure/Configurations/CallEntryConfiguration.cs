using Intermunicipal.OnCall.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.OnCall.Infrastructure.Configurations;

internal sealed class CallEntryConfiguration : IEntityTypeConfiguration<CallEntryRecord>
{
    public void Configure(EntityTypeBuilder<CallEntryRecord> entry)
    {
        entry.ToTable("call_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).HasMaxLength(36);
        entry.Property(e => e.CallId).HasMaxLength(36);
        entry.Property(e => e.RequestId).HasMaxLength(36);
        entry.Property(e => e.LegalBasis).HasMaxLength(63);
        entry.Property(e => e.Note).HasMaxLength(4000);
        entry.Property(e => e.CorrectsEntryId).HasMaxLength(36);
        entry.Property(e => e.Author).HasMaxLength(200);
        entry.HasIndex(e => e.RequestId).IsUnique();

        // An entry is corrected at most once: two racing corrections of it cannot both land.
        entry.HasIndex(e => e.CorrectsEntryId).IsUnique();
        entry.HasIndex(e => new { e.CallId, e.CreateTime });
    }
}
