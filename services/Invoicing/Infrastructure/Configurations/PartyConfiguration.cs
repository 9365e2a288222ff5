using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Invoicing.Infrastructure.Configurations;

internal sealed class PartyConfiguration : IEntityTypeConfiguration<PartyRecord>
{
    public void Configure(EntityTypeBuilder<PartyRecord> party)
    {
        party.ToTable("parties");
        party.HasKey(p => p.OrganisationNumber);
        party.Property(p => p.OrganisationNumber).HasMaxLength(9);
        // One party per municipality: the caller's municipality finds its party.
        party.HasIndex(p => p.MunicipalityNumber).IsUnique();
        party.Property(p => p.MunicipalityNumber).HasMaxLength(4);
        party.Property(p => p.DisplayName).HasMaxLength(200);
        party.Property(p => p.Street).HasMaxLength(200);
        party.Property(p => p.PostalCode).HasMaxLength(4);
        party.Property(p => p.City).HasMaxLength(100);
        party.Property(p => p.CountryCode).HasMaxLength(2);
        party.Property(p => p.BankAccount).HasMaxLength(11);
        party.Property(p => p.ContactName).HasMaxLength(200);
        party.Property(p => p.ContactEmail).HasMaxLength(200);
        party.Property(p => p.ContactPhone).HasMaxLength(30);
        party.Property(p => p.BuyerReference).HasMaxLength(100);
        party.Property(p => p.Version).IsConcurrencyToken();
    }
}
