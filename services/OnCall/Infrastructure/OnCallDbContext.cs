using Intermunicipal.Hosting.Storage;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.OnCall.Infrastructure;

/// <summary>
/// The call log's database. Provider-neutral: <see cref="SqliteOnCallDbContext"/> and
/// <see cref="PostgresOnCallDbContext"/> exist only to carry each provider's migrations.
/// </summary>
public abstract class OnCallDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OnCallUnitRecord> Units => Set<OnCallUnitRecord>();
    public DbSet<MunicipalityRecord> Municipalities => Set<MunicipalityRecord>();
    public DbSet<CodeRecord> Codes => Set<CodeRecord>();
    public DbSet<CallRecord> Calls => Set<CallRecord>();
    public DbSet<CallEntryRecord> CallEntries => Set<CallEntryRecord>();
    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OnCallDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.StoreInstantsAsUtc(Database);
    }
}
