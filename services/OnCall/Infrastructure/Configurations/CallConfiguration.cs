using Intermunicipal.OnCall.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.OnCall.Infrastructure.Configurations;

internal sealed class CallConfiguration : IEntityTypeConfiguration<CallRecord>
{
    public void Configure(EntityTypeBuilder<CallRecord> call)
    {
        call.ToTable("calls");
        call.HasKey(c => c.Id);
        call.Property(c => c.Id).HasMaxLength(36);
        call.Property(c => c.UnitId).HasMaxLength(63);
        call.Property(c => c.RequestId).HasMaxLength(36);
        call.Property(c => c.MunicipalityNumber).HasMaxLength(4);
        call.Property(c => c.Summary).HasMaxLength(4000);
        call.Property(c => c.ChildFullName).HasMaxLength(200);
        call.Property(c => c.ChildNationalIdentityNumber).HasMaxLength(11);
        call.Property(c => c.Creator).HasMaxLength(200);
        call.Property(c => c.HandoverAcknowledgedBy).HasMaxLength(200);

        // A retried LogCall finds the first attempt's call by its request id; the unique index
        // makes two racing attempts store one call.
        call.HasIndex(c => c.RequestId).IsUnique();
        call.Property(c => c.Version).IsConcurrencyToken();
        call.HasIndex(c => new { c.UnitId, c.ReceiveTime });
        // Ends with the id so that billable usage (id and receive time of a year's calls) is read
        // from the index alone, without a lookup per call into the wide calls table.
        call.HasIndex(c => new { c.UnitId, c.MunicipalityNumber, c.ReceiveTime, c.Id });
        call.HasIndex(c => new { c.UnitId, c.MunicipalityNumber, c.HandoverDate });
        call.HasOne<OnCallUnitRecord>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        call.HasMany(c => c.Entries).WithOne().HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Restrict);
    }
}
