using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Grpc.Validation;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

public sealed partial class InvoicingGrpcService
{
    public override async Task<CreateCostPoolResponse> CreateCostPool(CreateCostPoolRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        CostPoolValidator.ValidateCreate(request);
        var name = ResourceNames.CostPool(request.CostPoolId);
        var host = await LoadPartyAsync(ResourceNames.ParseParty(request.CostPool.Host, "cost_pool.host"), ct);
        Demand(InvoicingAccess.CanActAsHost(caller, host.MunicipalityNumber), name);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, name, nameof(CreateCostPool), caller, ct) is not null)
        {
            return new CreateCostPoolResponse { CostPool = CostPoolMapper.ToProto(await LoadCostPoolAsync(request.CostPoolId, tracked: false, ct)) };
        }

        if (!request.CostPool.Participants.Contains(host.MunicipalityNumber))
        {
            throw Problems.InvalidArgument("cost_pool.participants", "must include the host's municipality");
        }

        db.CostPools.Add(CostPoolMapper.ToRecord(request.CostPoolId, host.OrganisationNumber, request.CostPool, Now));
        db.Changes.Add(RequestIds.Record(request.RequestId, nameof(CreateCostPool), name, caller, Now));
        await SaveCreationAsync(request.RequestId, name, nameof(CreateCostPool), caller, "a cost pool with this id already exists", ct);
        return new CreateCostPoolResponse { CostPool = CostPoolMapper.ToProto(await LoadCostPoolAsync(request.CostPoolId, tracked: false, ct)) };
    }

    public override async Task<GetCostPoolResponse> GetCostPool(GetCostPoolRequest request, ServerCallContext context)
    {
        var pool = await LoadCostPoolAsync(ResourceNames.ParseCostPool(request.Name, "name"), tracked: false, context.CancellationToken);
        var proto = CostPoolMapper.ToProto(pool);
        var caller = Caller.From(context);
        Demand(InvoicingAccess.IsFinance(caller) && proto.Participants.Contains(caller.MunicipalityNumber), request.Name);
        return new GetCostPoolResponse { CostPool = proto };
    }

    public override async Task<ListCostPoolsResponse> ListCostPools(ListCostPoolsRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context);
        Demand(InvoicingAccess.IsFinance(caller), "costPools");
        // Few pools per deployment (one per shared service): filtered after reading, by the participants in each definition.
        var pools = await db.CostPools.AsNoTracking().Include(p => p.Amounts).OrderBy(p => p.Id).ToListAsync(context.CancellationToken);
        var response = new ListCostPoolsResponse();
        response.CostPools.AddRange(pools.Select(CostPoolMapper.ToProto).Where(p => p.Participants.Contains(caller.MunicipalityNumber)));
        return response;
    }

    public override async Task<SetCostPoolAmountResponse> SetCostPoolAmount(SetCostPoolAmountRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        CostPoolValidator.ValidateAmount(request);
        var pool = await LoadCostPoolAsync(ResourceNames.ParseCostPool(request.CostPool, "cost_pool"), tracked: true, ct);
        var host = await LoadPartyAsync(pool.HostOrganisationNumber, ct);
        Demand(InvoicingAccess.CanActAsHost(caller, host.MunicipalityNumber), request.CostPool);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, request.CostPool, nameof(SetCostPoolAmount), caller, ct) is null)
        {
            if (request.Kind == CostPoolAmountKind.ActualNetCost && await db.Settlements.AnyAsync(s => s.CostPoolId == pool.Id && s.Year == request.Amount.Year, ct))
            {
                throw Problems.FailedPrecondition("ALREADY_SETTLED", request.CostPool, "the year is settled; its actual net cost can no longer change");
            }

            var amount = pool.Amounts.SingleOrDefault(a => a.Kind == request.Kind && a.Year == request.Amount.Year);
            if (amount is null)
            {
                pool.Amounts.Add(amount = new CostPoolAmountRecord { CostPoolId = pool.Id, Kind = request.Kind, Year = request.Amount.Year });
            }

            (amount.AmountOre, amount.RecordTime) = (request.Amount.AmountOre, Now);
            pool.Version++;
            db.Changes.Add(RequestIds.Record(request.RequestId, nameof(SetCostPoolAmount), request.CostPool, caller, Now));
            await SaveChangeAsync(request.RequestId, request.CostPool, nameof(SetCostPoolAmount), caller, ct);
        }

        return new SetCostPoolAmountResponse { CostPool = CostPoolMapper.ToProto(await LoadCostPoolAsync(pool.Id, tracked: false, ct)) };
    }

    private async Task<CostPoolRecord> LoadCostPoolAsync(string id, bool tracked, CancellationToken ct)
    {
        var query = db.CostPools.Include(p => p.Amounts).Where(p => p.Id == id);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct)
            ?? throw Problems.NotFound("Cost pool", ResourceNames.CostPool(id));
    }
}
