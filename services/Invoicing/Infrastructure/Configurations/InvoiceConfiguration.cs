using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intermunicipal.Invoicing.Infrastructure.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<InvoiceRecord>
{
    public void Configure(EntityTypeBuilder<InvoiceRecord> invoice)
    {
        invoice.ToTable("invoices");
        invoice.HasKey(i => i.Id);
        invoice.Property(i => i.Kind).HasConversion<int>();
        invoice.Property(i => i.State).HasConversion<int>();
        invoice.Property(i => i.Number).HasMaxLength(20);
        invoice.Property(i => i.AgreementId).HasMaxLength(63);
        invoice.Property(i => i.HostOrganisationNumber).HasMaxLength(9);
        invoice.Property(i => i.PartnerOrganisationNumber).HasMaxLength(9);
        invoice.Property(i => i.Kid).HasMaxLength(25);
        invoice.Property(i => i.BuyerReference).HasMaxLength(100);
        invoice.Property(i => i.CreditReason).HasMaxLength(1000);
        invoice.Property(i => i.Origin).HasMaxLength(100);
        invoice.Property(i => i.Version).IsConcurrencyToken();
        invoice.HasIndex(i => new { i.HostOrganisationNumber, i.Number }).IsUnique();
        invoice.HasIndex(i => i.PartnerOrganisationNumber);
        invoice.HasIndex(i => i.AgreementId);
        invoice.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId);
        invoice.HasMany(i => i.Payments).WithOne().HasForeignKey(p => p.InvoiceId);
        invoice.HasIndex(i => i.CorrectedInvoiceId);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<PaymentRecord>
{
    public void Configure(EntityTypeBuilder<PaymentRecord> payment)
    {
        payment.ToTable("payments");
        payment.HasKey(p => new { p.InvoiceId, p.Number });
    }
}

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLineRecord>
{
    public void Configure(EntityTypeBuilder<InvoiceLineRecord> line)
    {
        line.ToTable("invoice_lines");
        line.HasKey(l => new { l.InvoiceId, l.LineNumber });
        line.Property(l => l.ServiceLine).HasMaxLength(63);
        line.Property(l => l.Description).HasMaxLength(300);
        line.Property(l => l.KostraFunction).HasMaxLength(3);
        line.Property(l => l.UnitCode).HasMaxLength(3);
    }
}

internal sealed class BilledUsageConfiguration : IEntityTypeConfiguration<BilledUsageRecord>
{
    public void Configure(EntityTypeBuilder<BilledUsageRecord> usage)
    {
        usage.ToTable("billed_usage");
        usage.HasKey(u => new { u.InvoiceId, u.LineNumber });
        usage.Property(u => u.Service).HasMaxLength(200);
        usage.Property(u => u.MunicipalityNumber).HasMaxLength(4);
        usage.HasIndex(u => new { u.Service, u.MunicipalityNumber, u.Last });
    }
}

internal sealed class UsageLedgerConfiguration : IEntityTypeConfiguration<UsageLedgerRecord>
{
    public void Configure(EntityTypeBuilder<UsageLedgerRecord> ledger)
    {
        ledger.ToTable("usage_ledgers");
        ledger.HasKey(l => new { l.Service, l.MunicipalityNumber });
        ledger.Property(l => l.Service).HasMaxLength(200);
        ledger.Property(l => l.MunicipalityNumber).HasMaxLength(4);
        ledger.Property(l => l.Version).IsConcurrencyToken();
    }
}

internal sealed class BilledPeriodConfiguration : IEntityTypeConfiguration<BilledPeriodRecord>
{
    public void Configure(EntityTypeBuilder<BilledPeriodRecord> period)
    {
        period.ToTable("billed_periods");
        period.HasKey(p => new { p.AgreementId, p.First });
        period.Property(p => p.AgreementId).HasMaxLength(63);
    }
}

internal sealed class InvoiceRunConfiguration : IEntityTypeConfiguration<InvoiceRunRecord>
{
    public void Configure(EntityTypeBuilder<InvoiceRunRecord> run)
    {
        run.ToTable("invoice_runs");
        run.HasKey(r => r.Id);
        run.Property(r => r.HostOrganisationNumber).HasMaxLength(9);
        run.Property(r => r.State).HasConversion<int>();
        run.HasMany(r => r.Outcomes).WithOne().HasForeignKey(o => o.RunId);
    }
}

internal sealed class RunOutcomeConfiguration : IEntityTypeConfiguration<RunOutcomeRecord>
{
    public void Configure(EntityTypeBuilder<RunOutcomeRecord> outcome)
    {
        outcome.ToTable("invoice_run_outcomes");
        outcome.HasKey(o => new { o.RunId, o.AgreementId });
        outcome.Property(o => o.AgreementId).HasMaxLength(63);
        outcome.Property(o => o.FailureReason).HasMaxLength(1000);
    }
}
