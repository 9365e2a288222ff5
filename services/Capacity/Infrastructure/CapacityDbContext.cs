using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Hosting.Storage;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Infrastructure;

/// <summary>
/// The capacity service's database. Provider-neutral: <see cref="SqliteCapacityDbContext"/> and
/// <see cref="PostgresCapacityDbContext"/> exist only to carry each provider's migrations.
/// </summary>
public abstract class CapacityDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ProgrammeRecord> Programmes => Set<ProgrammeRecord>();
    public DbSet<TeamRecord> Teams => Set<TeamRecord>();
    public DbSet<CapacityChangeRecord> CapacityChanges => Set<CapacityChangeRecord>();
    public DbSet<AllocationRecord> Allocations => Set<AllocationRecord>();
    public DbSet<ReferralRecord> Referrals => Set<ReferralRecord>();
    public DbSet<ChangeRecord> Changes => Set<ChangeRecord>();
    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();
    public DbSet<MunicipalityRecord> Municipalities => Set<MunicipalityRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CapacityDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.StoreInstantsAsUtc(Database);
    }
}
