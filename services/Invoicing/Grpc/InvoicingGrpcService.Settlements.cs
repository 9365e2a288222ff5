using System.Globalization;
using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

/// <summary>Year-end settlements of cost pools: made by the host's finance staff, read by every participant's.</summary>
public sealed partial class InvoicingGrpcService
{
    public override async Task<CreateSettlementResponse> CreateSettlement(CreateSettlementRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        violations.Require(request.Year is >= 2000 and <= 2200, "year", "must be a year from 2000 to 2200").ThrowIfAny();
        var pool = await LoadCostPoolAsync(ResourceNames.ParseCostPool(request.CostPool, "cost_pool"), tracked: false, ct);
        var host = await LoadPartyAsync(pool.HostOrganisationNumber, ct);
        Demand(InvoicingAccess.CanActAsHost(caller, host.MunicipalityNumber), request.CostPool);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, "settlements", nameof(CreateSettlement), caller, ct) is not { } earlier)
        {
            await RequireSettleableAsync(pool, request.Year, ct);
            var settlement = await SettleAsync(pool, request.Year, ct);
            db.Changes.Add(RequestIds.Record(request.RequestId, nameof(CreateSettlement), ResourceNames.Settlement(settlement.Id), caller, Now));
            await SaveCreationAsync(request.RequestId, "settlements", nameof(CreateSettlement), caller, "this year of the pool was settled at the same moment", ct);
            earlier = await db.Changes.EarlierChangeAsync(request.RequestId, "settlements", nameof(CreateSettlement), caller, ct);
        }

        return new CreateSettlementResponse { Settlement = ToProto(await LoadSettlementAsync(ResourceNames.ParseSettlement(earlier!.ResourceName, "name"), ct)) };
    }

    public override async Task<GetSettlementResponse> GetSettlement(GetSettlementRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var settlement = await LoadSettlementAsync(ResourceNames.ParseSettlement(request.Name, "name"), ct);
        var caller = Caller.From(context);
        Demand(InvoicingAccess.IsFinance(caller) && settlement.Shares.Any(s => caller.ActsFor(s.MunicipalityNumber)), request.Name);
        var proto = ToProto(settlement);
        var host = await LoadPartyAsync((await LoadCostPoolAsync(settlement.CostPoolId, tracked: false, ct)).HostOrganisationNumber, ct);
        if (!caller.ActsFor(host.MunicipalityNumber))
        {
            // A partner sees every share (the key is shared knowledge) but only its own draft's name.
            foreach (var share in proto.Shares.Where(s => !caller.ActsFor(s.MunicipalityNumber)))
            {
                share.Invoice = "";
            }
        }

        return new GetSettlementResponse { Settlement = proto };
    }

    private async Task RequireSettleableAsync(CostPoolRecord pool, int year, CancellationToken ct)
    {
        var name = ResourceNames.CostPool(pool.Id);
        if (year >= Today.Year)
        {
            throw Problems.FailedPrecondition("YEAR_NOT_ENDED", name, string.Create(CultureInfo.InvariantCulture, $"{year} has not ended"));
        }

        if (!pool.Amounts.Any(a => a.Kind == CostPoolAmountKind.ActualNetCost && a.Year == year))
        {
            throw Problems.FailedPrecondition("NO_ACTUAL_NET_COST", name, string.Create(CultureInfo.InvariantCulture, $"no actual net cost is recorded for {year}"));
        }

        if (await db.Settlements.AnyAsync(s => s.CostPoolId == pool.Id && s.Year == year, ct))
        {
            throw Problems.FailedPrecondition("ALREADY_SETTLED", name, string.Create(CultureInfo.InvariantCulture, $"{year} is already settled"));
        }

        var poolLines = await settlements.PoolLinesAsync(ResourceNames.CostPool(pool.Id), pool.HostOrganisationNumber, ct);
        var agreements = poolLines.Select(p => p.AgreementId).Distinct().ToList();
        var drafts = await db.Invoices.AsNoTracking().Include(i => i.Lines)
            .Where(i => i.State < InvoiceState.Issued && i.PeriodFirst.Year == year && agreements.Contains(i.AgreementId)).ToListAsync(ct);
        if (drafts.Any(i => i.Lines.Any(l => poolLines.Contains((i.AgreementId, l.ServiceLine)) && l.BasisJson.Contains(CostShareBilling.AKontoModel, StringComparison.Ordinal))))
        {
            throw Problems.FailedPrecondition("UNISSUED_A_KONTO", name, string.Create(CultureInfo.InvariantCulture, $"a-konto drafts for {year} must be issued or deleted first"));
        }
    }

    private async Task<SettlementRecord> SettleAsync(CostPoolRecord pool, int year, CancellationToken ct)
    {
        try
        {
            return await settlements.SettleAsync(pool, year, Now, ct);
        }
        catch (Exception e) when (e is MissingKeyFigureException or Usage.UsageUnavailableException)
        {
            throw Problems.FailedPrecondition("CANNOT_SETTLE", ResourceNames.CostPool(pool.Id), e.Message);
        }
    }

    private async Task<SettlementRecord> LoadSettlementAsync(Guid id, CancellationToken ct) =>
        await db.Settlements.AsNoTracking().Include(s => s.Shares).SingleOrDefaultAsync(s => s.Id == id, ct)
        ?? throw Problems.NotFound("Settlement", ResourceNames.Settlement(id));

    private static Settlement ToProto(SettlementRecord s)
    {
        var settlement = new Settlement
        {
            Name = ResourceNames.Settlement(s.Id),
            CostPool = ResourceNames.CostPool(s.CostPoolId),
            Year = s.Year,
            NetCostOre = s.NetCostOre,
            CreateTime = ProtoTime.ToTimestamp(s.CreateTime),
        };
        settlement.Shares.AddRange(s.Shares.OrderBy(x => x.MunicipalityNumber, StringComparer.Ordinal).Select(x => new SettlementShare
        {
            MunicipalityNumber = x.MunicipalityNumber,
            SharePpm = x.SharePpm,
            FinalShareOre = x.FinalShareOre,
            BilledAKontoOre = x.BilledAKontoOre,
            DifferenceOre = x.FinalShareOre - x.BilledAKontoOre,
            Invoice = x.InvoiceId is { } invoice ? ResourceNames.Invoice(invoice) : "",
        }));
        return settlement;
    }
}
