using Intermunicipal.OnCall.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.OnCall.Infrastructure.Configurations;

internal sealed class CodeConfiguration : IEntityTypeConfiguration<CodeRecord>
{
    public void Configure(EntityTypeBuilder<CodeRecord> code)
    {
        code.ToTable("codes");
        code.HasKey(c => new { c.List, c.Code });
        code.Property(c => c.Code).HasMaxLength(63);
        code.Property(c => c.DisplayName).HasMaxLength(200);
    }
}
