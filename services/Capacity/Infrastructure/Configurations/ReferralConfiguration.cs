using Intermunicipal.Capacity.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Capacity.Infrastructure.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<ReferralRecord>
{
    public void Configure(EntityTypeBuilder<ReferralRecord> referral)
    {
        referral.ToTable("referrals");
        referral.HasKey(r => r.Id);
        referral.Property(r => r.Id).HasMaxLength(36);
        referral.Property(r => r.TeamId).HasMaxLength(63);
        referral.Property(r => r.MunicipalityNumber).HasMaxLength(4);
        referral.Property(r => r.FamilyReference).HasMaxLength(40);
        referral.Property(r => r.Creator).HasMaxLength(200);
        referral.Property(r => r.Version).IsConcurrencyToken();
        referral.HasIndex(r => new { r.TeamId, r.State });
        referral.HasIndex(r => new { r.TeamId, r.MunicipalityNumber, r.CreateTime });
        referral.HasIndex(r => new { r.MunicipalityNumber, r.StartDate });
        referral.HasOne<TeamRecord>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
