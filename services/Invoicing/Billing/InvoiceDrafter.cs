using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// The lines of one billing period of an agreement: every version in force on some of its days
/// prices its lines for those days; usage already billed is left out, and what this period bills is
/// recorded at once so no later period of the run bills it again. Late lines bill usage from before
/// the period that was not billed when its own period was.
/// </summary>
public sealed class InvoiceDrafter(CostShareBilling costShares, string host, string partner)
{
    public async Task<List<PricedLine>> DraftAsync(IReadOnlyList<TermsInForce> versions, DateRange period, DateRange? lateDays,
        AgreementUsage usage, BilledRanges billed, CancellationToken ct)
    {
        var lines = new List<PricedLine>();
        foreach (var version in versions)
        {
            if (lateDays is { } before && version.Validity.Intersect(before) is { } late)
            {
                lines.AddRange(version.Terms.Lines.SelectMany(line => UsageLines(line, version.Index, late, usage, billed, isLate: true)));
            }

            if (version.Validity.Intersect(period) is not { } days)
            {
                continue;
            }

            foreach (var line in version.Terms.Lines)
            {
                lines.AddRange(line.PriceModelCase switch
                {
                    ServiceLine.PriceModelOneofCase.FixedAmount => [PeriodAmountPricing.FixedAmount(line, version.Index, period, days)],
                    ServiceLine.PriceModelOneofCase.CostShare => [await costShares.AKontoAsync(line, version, period, days, host, partner, ct)],
                    _ => UsageLines(line, version.Index, days, usage, billed, isLate: false),
                });
            }
        }

        lines.AddRange(Limits(versions, period, lines));
        return lines;
    }

    private static List<PricedLine> UsageLines(ServiceLine line, PriceIndex index, DateRange days, AgreementUsage usage, BilledRanges billed, bool isLate)
    {
        List<PricedLine> priced = line.PriceModelCase switch
        {
            ServiceLine.PriceModelOneofCase.PerUnit =>
                [.. UnitPricing.Price(line, index, days, billed.Unbilled(usage.UsageOf(line.Service, days)), isLate)
                    .Select(p => p with { UsageOf = line.Service })],
            ServiceLine.PriceModelOneofCase.PerAllocatedSlotMonth =>
                [.. SlotMonthPricing.Price(line, index, days, billed.Unbilled(usage.AllocationsOf(line.Service).Where(i => i.Days.Intersect(days) is not null)), isLate)
                    .Select(p => p with { UsageOf = line.Service })],
            _ => [],
        };
        foreach (var part in priced.SelectMany(p => p.Items))
        {
            billed.Add(part.Source, part.Days);
        }

        return priced;
    }

    /// <summary>Minimum and cap per service line, judged on the period's own (not late) lines, by the version in force at its end.</summary>
    private static IEnumerable<PricedLine> Limits(IReadOnlyList<TermsInForce> versions, DateRange period, List<PricedLine> lines)
    {
        var atEnd = versions.LastOrDefault(v => v.Validity.Intersect(period) is not null);
        return atEnd is null
            ? []
            : atEnd.Terms.Lines
                .Select(line => PeriodLimits.Adjustment(line, period, lines.Where(l => l.ServiceLine == line.LineId && !l.Late)))
                .OfType<PricedLine>();
    }
}
