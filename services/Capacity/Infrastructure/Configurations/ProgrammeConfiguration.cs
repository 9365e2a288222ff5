using Intermunicipal.Capacity.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Capacity.Infrastructure.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<ProgrammeRecord>
{
    public void Configure(EntityTypeBuilder<ProgrammeRecord> programme)
    {
        programme.ToTable("programmes");
        programme.HasKey(p => p.Id);
        programme.Property(p => p.Id).HasMaxLength(63);
        programme.Property(p => p.DisplayName).HasMaxLength(200);
        programme.Property(p => p.Description).HasMaxLength(2000);
    }
}
