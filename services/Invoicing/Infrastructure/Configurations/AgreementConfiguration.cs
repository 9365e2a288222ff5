using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Invoicing.Infrastructure.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<AgreementRecord>
{
    public void Configure(EntityTypeBuilder<AgreementRecord> agreement)
    {
        agreement.ToTable("agreements");
        agreement.HasKey(a => a.Id);
        agreement.Property(a => a.Id).HasMaxLength(63);
        agreement.Property(a => a.DisplayName).HasMaxLength(200);
        agreement.Property(a => a.HostOrganisationNumber).HasMaxLength(9);
        agreement.Property(a => a.PartnerOrganisationNumber).HasMaxLength(9);
        agreement.HasIndex(a => a.HostOrganisationNumber);
        agreement.HasIndex(a => a.PartnerOrganisationNumber);
        agreement.Property(a => a.Version).IsConcurrencyToken();
        agreement.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.AgreementId);
    }
}

internal sealed class AgreementVersionConfiguration : IEntityTypeConfiguration<AgreementVersionRecord>
{
    public void Configure(EntityTypeBuilder<AgreementVersionRecord> version)
    {
        version.ToTable("agreement_versions");
        version.HasKey(v => new { v.AgreementId, v.Number });
        version.Property(v => v.AgreementId).HasMaxLength(63);
    }
}
