using Google.Protobuf;
using Intermunicipal.Hosting.Storage;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.Usage;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>An agreement's part of a run: its terms, the billing periods due and the days whose usage it looks at (none when nothing is due).</summary>
public sealed record AgreementPlan(AgreementRecord Agreement, PartyRecord Partner, IReadOnlyList<TermsInForce> Versions, List<DateRange> Due, DateRange? Window)
{
    public UsageNeed? Need => Window is { } window
        ? new UsageNeed(Partner.MunicipalityNumber, AgreementUsage.ServicesBilledByUse(Versions.SelectMany(v => v.Terms.Lines)), window)
        : null;
}

/// <summary>
/// Runs invoicing for a host: each agreement on its own, in its own transaction, so one whose source
/// is down fails with a reason while the others complete, and a run that dies half-way leaves every
/// agreement either wholly drafted or untouched. Billing periods already invoiced and usage already
/// billed are skipped, so running a period again bills nothing twice.
/// </summary>
public sealed partial class InvoiceRunner(InvoicingDbContext db, UsageSources sources, CostShareBilling costShares, ILogger<InvoiceRunner> logger)
{
    /// <summary>How far before the first period due a run looks for usage that came in late.</summary>
    private static readonly int LookbackMonths = 12;
    private static readonly JsonFormatter BasisFormatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    /// <summary>What of the agreement is due by the run period's end, and the days to look at: the due periods and up to a year before for late usage.</summary>
    public async Task<AgreementPlan> PlanAsync(AgreementRecord agreement, PartyRecord partner, DateRange runPeriod, CancellationToken ct)
    {
        var versions = TermsInForce.Of(AgreementMapper.ToProto(agreement));
        var invoiced = (await db.BilledPeriods.AsNoTracking().Where(p => p.AgreementId == agreement.Id).Select(p => p.First).ToListAsync(ct)).ToHashSet();
        var due = TermsInForce.BillingPeriodsUntil(versions, runPeriod.Last).Where(p => !invoiced.Contains(p.First)).ToList();
        if (due.Count == 0)
        {
            return new AgreementPlan(agreement, partner, versions, due, null);
        }

        var start = versions[0].Validity.First;
        var lookback = due[0].First.AddMonths(-LookbackMonths) > start ? due[0].First.AddMonths(-LookbackMonths) : start;
        return new AgreementPlan(agreement, partner, versions, due, new DateRange(lookback, due[^1].Last));
    }

    /// <summary>Starts fetching the usage the plans need, in their order, while they are billed.</summary>
    public HostUsage StartFetchingUsage(PartyRecord host, IEnumerable<AgreementPlan> plans, CancellationToken ct) =>
        HostUsage.Start(sources, host.MunicipalityNumber, [.. plans.Select(p => p.Need).OfType<UsageNeed>()], ct);

    public async Task<RunOutcomeRecord> BillAgreementAsync(Guid runId, AgreementPlan plan, PartyRecord host, HostUsage usage, DateTime now, CancellationToken ct)
    {
        var agreement = plan.Agreement;
        var outcome = new RunOutcomeRecord { RunId = runId, AgreementId = agreement.Id };
        // Each agreement starts from an empty tracker: SaveChanges then looks only at this agreement's rows.
        db.ChangeTracker.Clear();
        try
        {
            var invoices = await DraftAsync(runId, plan, host, usage, now, ct);
            db.Invoices.AddRange(invoices);
            outcome.Succeeded = true;
            outcome.InvoiceIds = string.Join(' ', invoices.Select(i => i.Id));
            // The drafts, what they bill and the outcome commit together: all of this agreement, or none.
            db.Add(outcome);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is UsageUnavailableException or MissingKeyFigureException or DbUpdateException)
        {
            db.ChangeTracker.Clear();
            outcome.Succeeded = false;
            outcome.InvoiceIds = "";
            outcome.FailureReason = e is DbUpdateConcurrencyException || (e is DbUpdateException ex && ex.IsUniqueViolation())
                ? "another run billed this agreement or its usage at the same moment; run the period again"
                : e is DbUpdateException ? "the database refused the drafts; run the period again" : e.Message;
            LogAgreementFailed(logger, agreement.Id, outcome.FailureReason);
            db.Add(outcome);
            await db.SaveChangesAsync(ct);
        }

        return outcome;
    }

    private async Task<List<InvoiceRecord>> DraftAsync(Guid runId, AgreementPlan plan, PartyRecord host, HostUsage hostUsage, DateTime now, CancellationToken ct)
    {
        if (plan is not { Need: { } need, Window: { } window })
        {
            return [];
        }

        var (agreement, partner, versions, due) = (plan.Agreement, plan.Partner, plan.Versions, plan.Due);
        var lookback = window.First;
        var usage = await hostUsage.ForAsync(need);
        var services = usage.Services.ToList();
        var ledgers = await UsageLedgerTouches.ReadAsync(db, services, partner.MunicipalityNumber, ct);
        var billed = await BilledAsync(services, partner.MunicipalityNumber, window, ct);
        var drafter = new InvoiceDrafter(costShares, host.MunicipalityNumber, partner.MunicipalityNumber);
        var invoices = new List<InvoiceRecord>();
        for (var i = 0; i < due.Count; i++)
        {
            var late = i == 0 && lookback < due[0].First ? new DateRange(lookback, due[0].First.AddDays(-1)) : (DateRange?)null;
            var lines = await drafter.DraftAsync(versions, due[i], late, usage, billed, ct);
            var invoice = lines.Count == 0 ? null : Draft(runId, agreement, versions, due[i], lines, partner.MunicipalityNumber, ledgers, now);
            invoices.AddRange(invoice is null ? [] : [invoice]);
            db.BilledPeriods.Add(new BilledPeriodRecord { AgreementId = agreement.Id, First = due[i].First, Last = due[i].Last, InvoiceId = invoice?.Id });
        }

        return invoices;
    }

    /// <summary>What of the services' usage by the municipality is billed from the window's first day on (read after the ledgers).</summary>
    private async Task<BilledRanges> BilledAsync(List<string> services, string municipality, DateRange window, CancellationToken ct)
    {
        var packed = await db.BilledUsage.AsNoTracking()
            .Where(b => services.Contains(b.Service) && b.MunicipalityNumber == municipality && b.Last >= window.First)
            .Select(b => b.Items).ToListAsync(ct);
        return new BilledRanges(packed.SelectMany(BilledItemsPacking.Unpack).Select(p => (p.Source, p.Days)));
    }

    /// <summary>Records what a line bills, and touches its usage's ledger so a run that read the usage before this commits cannot commit too.</summary>
    private void RecordBilledUsage(Guid invoiceId, int lineNumber, PricedLine line, string municipality, UsageLedgerTouches ledgers)
    {
        db.BilledUsage.Add(new BilledUsageRecord
        {
            InvoiceId = invoiceId,
            LineNumber = lineNumber,
            Service = line.UsageOf!,
            MunicipalityNumber = municipality,
            First = line.Items.Min(i => i.Days.First),
            Last = line.Items.Max(i => i.Days.Last),
            ItemCount = line.Items.Count,
            Items = BilledItemsPacking.Pack(line.Items),
        });
        ledgers.Touch(line.UsageOf!);
    }

    private InvoiceRecord Draft(Guid runId, AgreementRecord agreement, IReadOnlyList<TermsInForce> versions, DateRange period, List<PricedLine> lines,
        string partnerMunicipality, UsageLedgerTouches ledgers, DateTime now)
    {
        var id = Guid.CreateVersion7();
        var ordered = lines.OrderBy(l => l.Late ? 0 : 1).ThenBy(l => l.Period.First).ToList();
        var invoice = new InvoiceRecord
        {
            Id = id,
            Kind = InvoiceKind.Invoice,
            State = InvoiceState.Draft,
            AgreementId = agreement.Id,
            HostOrganisationNumber = agreement.HostOrganisationNumber,
            PartnerOrganisationNumber = agreement.PartnerOrganisationNumber,
            PeriodFirst = period.First,
            PeriodLast = period.Last,
            Origin = $"invoiceRuns/{runId}",
            PaymentTermsDays = versions.Last(v => v.Validity.First <= period.Last).Terms.PaymentTermsDays,
            CreateTime = now,
        };
        for (var n = 0; n < ordered.Count; n++)
        {
            var line = ordered[n];
            invoice.Lines.Add(new InvoiceLineRecord
            {
                InvoiceId = id,
                LineNumber = n + 1,
                ServiceLine = line.ServiceLine,
                Description = line.Description,
                KostraFunction = line.KostraFunction,
                Quantity = line.Quantity,
                UnitCode = line.UnitCode,
                UnitPriceOre = line.UnitPriceOre,
                BaseQuantity = line.BaseQuantity,
                AmountOre = line.AmountOre,
                PeriodFirst = line.Period.First,
                PeriodLast = line.Period.Last,
                BasisJson = BasisFormatter.Format(line.Basis),
                Late = line.Late,
            });
            if (line.Items.Count > 0)
            {
                RecordBilledUsage(id, n + 1, line, partnerMunicipality, ledgers);
            }
        }

        return invoice;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agreement {Agreement} was not billed: {Reason}")]
    private static partial void LogAgreementFailed(ILogger logger, string agreement, string reason);
}
