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

    public async Task<RunOutcomeRecord> BillAgreementAsync(Guid runId, AgreementRecord agreement, PartyRecord host, PartyRecord partner,
        DateRange runPeriod, DateTime now, CancellationToken ct)
    {
        var outcome = new RunOutcomeRecord { RunId = runId, AgreementId = agreement.Id };
        try
        {
            var invoices = await DraftAsync(runId, agreement, host, partner, runPeriod, now, ct);
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
            outcome.FailureReason = e is DbUpdateException ex && ex.IsUniqueViolation()
                ? "another run billed this agreement at the same moment; run the period again"
                : e is DbUpdateException ? "the database refused the drafts; run the period again" : e.Message;
            LogAgreementFailed(logger, agreement.Id, outcome.FailureReason);
            db.Add(outcome);
            await db.SaveChangesAsync(ct);
        }

        return outcome;
    }

    private async Task<List<InvoiceRecord>> DraftAsync(Guid runId, AgreementRecord agreement, PartyRecord host, PartyRecord partner,
        DateRange runPeriod, DateTime now, CancellationToken ct)
    {
        var versions = TermsInForce.Of(AgreementMapper.ToProto(agreement));
        var invoiced = (await db.BilledPeriods.AsNoTracking().Where(p => p.AgreementId == agreement.Id).Select(p => p.First).ToListAsync(ct)).ToHashSet();
        var due = TermsInForce.BillingPeriodsUntil(versions, runPeriod.Last).Where(p => !invoiced.Contains(p.First)).ToList();
        if (due.Count == 0)
        {
            return [];
        }

        var start = versions[0].Validity.First;
        var lookback = due[0].First.AddMonths(-LookbackMonths) > start ? due[0].First.AddMonths(-LookbackMonths) : start;
        var usage = await AgreementUsage.FetchAsync(sources, versions.SelectMany(v => v.Terms.Lines), host.MunicipalityNumber, partner.MunicipalityNumber,
            new DateRange(lookback, due[^1].Last), ct);
        var billed = await BilledAsync(usage, ct);
        var drafter = new InvoiceDrafter(costShares, host.MunicipalityNumber, partner.MunicipalityNumber);
        var invoices = new List<InvoiceRecord>();
        for (var i = 0; i < due.Count; i++)
        {
            var late = i == 0 && lookback < due[0].First ? new DateRange(lookback, due[0].First.AddDays(-1)) : (DateRange?)null;
            var lines = await drafter.DraftAsync(versions, due[i], late, usage, billed, ct);
            var invoice = lines.Count == 0 ? null : Draft(runId, agreement, versions, due[i], lines, now);
            invoices.AddRange(invoice is null ? [] : [invoice]);
            db.BilledPeriods.Add(new BilledPeriodRecord { AgreementId = agreement.Id, First = due[i].First, Last = due[i].Last, InvoiceId = invoice?.Id });
        }

        return invoices;
    }

    private async Task<BilledRanges> BilledAsync(AgreementUsage usage, CancellationToken ct)
    {
        var sources = usage.Sources.Distinct(StringComparer.Ordinal).ToList();
        var rows = new List<(string, DateRange)>();
        // In slices, so a large agreement does not exceed the database's parameter limit.
        foreach (var slice in sources.Chunk(500))
        {
            rows.AddRange((await db.BilledItems.AsNoTracking().Where(b => slice.Contains(b.Source)).ToListAsync(ct))
                .Select(b => (b.Source, new DateRange(b.First, b.Last))));
        }

        return new BilledRanges(rows);
    }

    private InvoiceRecord Draft(Guid runId, AgreementRecord agreement, IReadOnlyList<TermsInForce> versions, DateRange period, List<PricedLine> lines, DateTime now)
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
            db.BilledItems.AddRange(line.Items.Select(item => new BilledItemRecord
            {
                Source = item.Source,
                First = item.Days.First,
                Last = item.Days.Last,
                Quantity = item.Quantity,
                InvoiceId = id,
                LineNumber = n + 1,
            }));
        }

        return invoice;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agreement {Agreement} was not billed: {Reason}")]
    private static partial void LogAgreementFailed(ILogger logger, string agreement, string reason);
}
