using System.Globalization;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.Grpc;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.Usage;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// A partner's a-konto for a billing period on a cost-share line: its share of the pool's budget for
/// the year, by the key with last year's figures (this year's are not all known until it ends),
/// split evenly over the year's billing periods so the periods sum exactly to the year's share.
/// </summary>
public sealed class CostShareBilling(InvoicingDbContext db, UsageSources usage)
{
    public const string AKontoModel = "cost_share_a_konto";

    public async Task<PricedLine> AKontoAsync(ServiceLine line, TermsInForce version, DateRange period, DateRange days, string host, string partner, CancellationToken ct)
    {
        var pool = await PoolAsync(line.CostShare.CostPool, ct);
        var year = period.First.Year;
        var poolId = ResourceNames.ParseCostPool(line.CostShare.CostPool, "cost_pool");
        if (await db.Settlements.AnyAsync(s => s.CostPoolId == poolId && s.Year == year, ct))
        {
            // The settlement already made the partner's year exact; more a-konto would bill it twice.
            throw new MissingKeyFigureException(string.Create(CultureInfo.InvariantCulture, $"{pool.Name} is settled for {year}; no more a-konto can be billed for it"));
        }

        var budget = pool.Budgets.SingleOrDefault(b => b.Year == year)
            ?? throw new MissingKeyFigureException(string.Create(CultureInfo.InvariantCulture, $"{pool.Name} has no budget for {year}"));
        var key = await KeyAsync(pool, year - 1, host, ct);
        var yearShare = key.Split(budget.AmountOre)[partner];
        var frequency = version.Terms.BillingFrequency;
        var periodIndex = (period.First.Month - 1) / BillingPeriods.MonthsIn(frequency);
        var periodShare = LargestRemainder.Split(yearShare, [.. Enumerable.Repeat(1m, BillingPeriods.PerYear(frequency))])[periodIndex];
        var basis = new LineBasis
        {
            PriceModel = AKontoModel,
            SharedAmountOre = budget.AmountOre,
            Explanation = string.Create(CultureInfo.InvariantCulture,
                $"A-konto {periodIndex + 1}/{BillingPeriods.PerYear(frequency)} av andel {yearShare} øre ({key.SharePpm(partner)} ppm etter nøkkel {year - 1}) av budsjett {budget.AmountOre} øre for {year}"),
        };
        basis.KeyShares.AddRange(key.Details);
        return PeriodAmountPricing.AKonto(line, period, days, periodShare, basis);
    }

    /// <summary>The pool's key over its participants with the figures of <paramref name="year"/>.</summary>
    public async Task<CostShareKey> KeyAsync(CostPool pool, int year, string host, CancellationToken ct)
    {
        var figures = new Dictionary<(KeyMeasure, string), long>();
        foreach (var measure in pool.Key.Select(k => k.Measure))
        {
            foreach (var (municipality, value) in await FiguresAsync(pool, measure, year, host, ct))
            {
                figures[(measure, municipality)] = value;
            }
        }

        return new CostShareKey(pool.Key, pool.Participants, (measure, municipality) => figures.TryGetValue((measure, municipality), out var v)
            ? v
            : throw new MissingKeyFigureException(string.Create(CultureInfo.InvariantCulture, $"no {measure} figure for {municipality} in {year}")));
    }

    private async Task<IReadOnlyList<(string, long)>> FiguresAsync(CostPool pool, KeyMeasure measure, int year, string host, CancellationToken ct)
    {
        if (measure != KeyMeasure.Usage)
        {
            var kind = measure == KeyMeasure.Population ? KeyFigureKind.Population : KeyFigureKind.Children017;
            return [.. (await db.KeyFigures.AsNoTracking().Where(f => f.Kind == kind && f.Year == year && pool.Participants.Contains(f.MunicipalityNumber)).ToListAsync(ct))
                .Select(f => (f.MunicipalityNumber, f.Value))];
        }

        var wholeYear = new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var counts = new List<(string, long)>();
        foreach (var municipality in pool.Participants)
        {
            var items = ResourceNames.IsOnCallUnit(pool.UsageService)
                ? await usage.OnCallAsync(pool.UsageService, host, municipality, wholeYear, ct)
                : (await usage.CapacityAsync(pool.UsageService, host, municipality, wholeYear, ct)).Usage;
            counts.Add((municipality, items.Where(i => i.Unit == pool.UsageUnit).Sum(i => i.Quantity)));
        }

        return counts;
    }

    private async Task<CostPool> PoolAsync(string name, CancellationToken ct)
    {
        var id = ResourceNames.ParseCostPool(name, "cost_pool");
        var record = await db.CostPools.AsNoTracking().Include(p => p.Amounts).SingleOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new MissingKeyFigureException($"{name} does not exist");
        return CostPoolMapper.ToProto(record);
    }
}
