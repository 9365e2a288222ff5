using System.Globalization;
using Google.Protobuf;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.Grpc;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// The year-end settlement (avregning) of a cost pool: the actual net cost split by the key with the
/// year's own figures (the a-konto used the year before's), each partner's part compared with what
/// its issued a-konto invoices less their credit notes came to, and the difference drafted as an
/// invoice or a credit note whose basis shows the computation.
/// </summary>
public sealed class YearEndSettlement(InvoicingDbContext db, CostShareBilling costShares)
{
    public const string PriceModel = "cost_share_settlement";

    /// <summary>The settlement and its drafts, added to the context unsaved; throws <see cref="MissingKeyFigureException"/> when a figure is missing.</summary>
    public async Task<SettlementRecord> SettleAsync(CostPoolRecord record, int year, DateTime now, CancellationToken ct)
    {
        var pool = CostPoolMapper.ToProto(record);
        var netCost = pool.ActualNetCosts.Single(a => a.Year == year).AmountOre;
        var parties = await db.Parties.AsNoTracking().Where(p => pool.Participants.Contains(p.MunicipalityNumber)).ToDictionaryAsync(p => p.MunicipalityNumber, ct);
        var key = await costShares.KeyAsync(pool, year, record.HostOrganisationNumber, ct);
        var finals = key.Split(netCost);
        var settlement = new SettlementRecord { Id = Guid.CreateVersion7(), CostPoolId = record.Id, Year = year, NetCostOre = netCost, CreateTime = now };
        var aKonto = await AKontoLinesAsync(pool.Name, record.HostOrganisationNumber, year, ct);
        foreach (var municipality in pool.Participants)
        {
            var organisationNumber = parties.TryGetValue(municipality, out var party) ? party.OrganisationNumber : "";
            var billed = aKonto.Where(a => a.Partner == organisationNumber).ToList();
            var share = new SettlementShareRecord
            {
                SettlementId = settlement.Id,
                MunicipalityNumber = municipality,
                SharePpm = key.SharePpm(municipality),
                FinalShareOre = finals[municipality],
                BilledAKontoOre = billed.Sum(b => b.SignedOre),
            };
            if (organisationNumber != record.HostOrganisationNumber && share.FinalShareOre != share.BilledAKontoOre)
            {
                var draft = Draft(settlement, pool, share, key, billed, organisationNumber, now);
                db.Invoices.Add(draft);
                share.InvoiceId = draft.Id;
            }

            settlement.Shares.Add(share);
        }

        db.Settlements.Add(settlement);
        return settlement;
    }

    private static InvoiceRecord Draft(SettlementRecord settlement, CostPool pool, SettlementShareRecord share, CostShareKey key,
        IReadOnlyList<AKontoLine> billed, string partner, DateTime now)
    {
        var difference = share.FinalShareOre - share.BilledAKontoOre;
        var last = billed.Where(b => b.Kind == InvoiceKind.Invoice).MaxBy(b => b.IssueDate)
            ?? throw new MissingKeyFigureException(string.Create(CultureInfo.InvariantCulture, $"{partner} has no a-konto agreement line on {pool.Name} in {settlement.Year}"));
        var id = Guid.CreateVersion7();
        var basis = new LineBasis
        {
            PriceModel = PriceModel,
            SharedAmountOre = settlement.NetCostOre,
            BilledAKontoOre = share.BilledAKontoOre,
            Explanation = string.Create(CultureInfo.InvariantCulture,
                $"Avregning {settlement.Year}: andel {share.FinalShareOre} øre ({share.SharePpm} ppm etter nøkkel {settlement.Year}) av faktisk netto kostnad {settlement.NetCostOre} øre, fratrukket fakturert a-konto {share.BilledAKontoOre} øre"),
        };
        basis.KeyShares.AddRange(key.Details);
        var year = new DateRange(new DateOnly(settlement.Year, 1, 1), new DateOnly(settlement.Year, 12, 31));
        return new InvoiceRecord
        {
            Id = id,
            Kind = difference > 0 ? InvoiceKind.Invoice : InvoiceKind.CreditNote,
            State = InvoiceState.Draft,
            AgreementId = last.AgreementId,
            HostOrganisationNumber = last.Host,
            PartnerOrganisationNumber = partner,
            PeriodFirst = year.First,
            PeriodLast = year.Last,
            // A credit note must name an invoice it corrects (EN 16931 BG-3): the year's last a-konto invoice.
            CorrectedInvoiceId = difference < 0 ? last.InvoiceId : null,
            CreditReason = difference < 0 ? string.Create(CultureInfo.InvariantCulture, $"Avregning {settlement.Year}: fakturert a-konto oversteg endelig andel") : "",
            Origin = ResourceNames.Settlement(settlement.Id),
            PaymentTermsDays = last.PaymentTermsDays,
            CreateTime = now,
            Lines =
            [
                new InvoiceLineRecord
                {
                    InvoiceId = id, LineNumber = 1, ServiceLine = last.ServiceLine,
                    Description = string.Create(CultureInfo.InvariantCulture, $"Avregning {pool.DisplayName} {settlement.Year}"),
                    KostraFunction = pool.KostraFunction, Quantity = 1, UnitCode = UnitCodes.One, UnitPriceOre = Math.Abs(difference), BaseQuantity = 1,
                    AmountOre = Math.Abs(difference), PeriodFirst = year.First, PeriodLast = year.Last, BasisJson = JsonFormatter.Default.Format(basis),
                },
            ],
        };
    }

    /// <summary>A line billed a-konto on the pool in the year: positive on an invoice, negative on its credit note.</summary>
    private sealed record AKontoLine(Guid InvoiceId, InvoiceKind Kind, string AgreementId, string ServiceLine, string Host, string Partner,
        DateOnly? IssueDate, int PaymentTermsDays, long SignedOre);

    /// <summary>The (agreement, line) pairs of the host's agreements that share this pool.</summary>
    public async Task<HashSet<(string AgreementId, string LineId)>> PoolLinesAsync(string poolName, string host, CancellationToken ct) =>
        (await db.Agreements.AsNoTracking().Include(a => a.Versions).Where(a => a.HostOrganisationNumber == host).ToListAsync(ct))
            .SelectMany(a => a.Versions.SelectMany(v => AgreementMapper.Terms(v).Lines)
                .Where(l => l.PriceModelCase == ServiceLine.PriceModelOneofCase.CostShare && l.CostShare.CostPool == poolName)
                .Select(l => (a.Id, l.LineId)))
            .ToHashSet();

    private async Task<List<AKontoLine>> AKontoLinesAsync(string poolName, string host, int year, CancellationToken ct)
    {
        var poolLines = await PoolLinesAsync(poolName, host, ct);
        var agreements = poolLines.Select(p => p.AgreementId).Distinct().ToList();
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var issued = await db.Invoices.AsNoTracking().Include(i => i.Lines)
            .Where(i => agreements.Contains(i.AgreementId) && i.State >= InvoiceState.Issued && !i.Origin.StartsWith("settlements/"))
            .Where(i => i.Lines.Any(l => l.PeriodFirst >= first && l.PeriodFirst <= last))
            .ToListAsync(ct);
        return [.. issued.SelectMany(i => i.Lines
            .Where(l => poolLines.Contains((i.AgreementId, l.ServiceLine)) && l.PeriodFirst.Year == year && l.BasisJson.Contains(CostShareBilling.AKontoModel, StringComparison.Ordinal))
            .Select(l => new AKontoLine(i.Id, i.Kind, i.AgreementId, l.ServiceLine, i.HostOrganisationNumber, i.PartnerOrganisationNumber,
                i.IssueDate, i.PaymentTermsDays, i.Kind == InvoiceKind.CreditNote ? -l.AmountOre : l.AmountOre)))];
    }
}
