using Intermunicipal.Capacity.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Capacity.Infrastructure.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<TeamRecord>
{
    public void Configure(EntityTypeBuilder<TeamRecord> team)
    {
        team.ToTable("teams");
        team.HasKey(t => t.Id);
        team.Property(t => t.Id).HasMaxLength(63);
        team.Property(t => t.DisplayName).HasMaxLength(200);
        team.Property(t => t.ProgrammeId).HasMaxLength(63);
        team.Property(t => t.HostMunicipalityNumber).HasMaxLength(4);
        team.Property(t => t.Creator).HasMaxLength(200);
        // Every change to a team's slots bumps this in the same transaction: the database refuses
        // the second of two racing changes, on SQLite and on PostgreSQL, with one or many instances.
        team.Property(t => t.Version).IsConcurrencyToken();
        team.HasOne<ProgrammeRecord>().WithMany().HasForeignKey(t => t.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        team.HasMany(t => t.CapacityChanges).WithOne().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Restrict);
        team.HasMany(t => t.Allocations).WithOne().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
