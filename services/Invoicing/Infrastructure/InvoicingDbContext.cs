using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Storage;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Infrastructure;

/// <summary>
/// The invoicing service's database. Provider-neutral: <see cref="SqliteInvoicingDbContext"/> and
/// <see cref="PostgresInvoicingDbContext"/> exist only to carry each provider's migrations.
/// </summary>
public abstract class InvoicingDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PartyRecord> Parties => Set<PartyRecord>();
    public DbSet<KeyFigureRecord> KeyFigures => Set<KeyFigureRecord>();
    public DbSet<AgreementRecord> Agreements => Set<AgreementRecord>();
    public DbSet<CostPoolRecord> CostPools => Set<CostPoolRecord>();
    public DbSet<InvoiceRecord> Invoices => Set<InvoiceRecord>();
    public DbSet<BilledUsageRecord> BilledUsage => Set<BilledUsageRecord>();
    public DbSet<UsageLedgerRecord> UsageLedgers => Set<UsageLedgerRecord>();
    public DbSet<BilledPeriodRecord> BilledPeriods => Set<BilledPeriodRecord>();
    public DbSet<InvoiceRunRecord> InvoiceRuns => Set<InvoiceRunRecord>();
    public DbSet<DisputeRecord> Disputes => Set<DisputeRecord>();
    public DbSet<SettlementRecord> Settlements => Set<SettlementRecord>();
    public DbSet<AuditEventRecord> AuditEvents => Set<AuditEventRecord>();
    public DbSet<InvoiceSequenceRecord> InvoiceSequences => Set<InvoiceSequenceRecord>();
    public DbSet<ChangeRecord> Changes => Set<ChangeRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InvoicingDbContext).Assembly);
        modelBuilder.ApplyConfiguration(new ChangeRecordConfiguration());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.StoreInstantsAsUtc(Database);
    }
}
