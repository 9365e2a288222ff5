using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.OnCall.Grpc;

public sealed partial class OnCallGrpcService
{
    public override async Task<ListOnCallUnitsResponse> ListOnCallUnits(ListOnCallUnitsRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context);
        var size = PageToken.Size(request.PageSize);
        var after = PageToken.Decode(request, 1)?[0] ?? "";

        // Units are few; visibility depends on a JSON list, so it is decided in memory.
        // Ordered here, ordinally, so the page token means the same on every database collation.
        var units = (await db.Units.AsNoTracking().ToListAsync(context.CancellationToken))
            .OrderBy(u => u.Id, StringComparer.Ordinal)
            .Where(u => string.CompareOrdinal(u.Id, after) > 0 && CallAccess.CanSeeUnit(caller, u))
            .Take(size + 1)
            .ToList();
        var names = await MunicipalityNamesAsync(context.CancellationToken);
        var response = new ListOnCallUnitsResponse();
        response.OnCallUnits.AddRange(units.Take(size).Select(u => UnitMapper.ToProto(u, names)));
        response.NextPageToken = units.Count > size ? PageToken.Encode(request, units[size - 1].Id) : "";
        return response;
    }

    public override async Task<GetOnCallUnitResponse> GetOnCallUnit(GetOnCallUnitRequest request, ServerCallContext context)
    {
        var unit = await VisibleUnitAsync(ResourceNames.ParseUnit(request.Name, "name"), Caller.From(context), context.CancellationToken);
        return new GetOnCallUnitResponse { OnCallUnit = UnitMapper.ToProto(unit, await MunicipalityNamesAsync(context.CancellationToken)) };
    }

    public override async Task<ListCodesResponse> ListCodes(ListCodesRequest request, ServerCallContext context)
    {
        if (!ProtoValues.IsKnown(request.CodeList))
        {
            throw Problems.InvalidArgument("code_list", "must be a known code list");
        }

        var codes = await db.Codes.AsNoTracking().Where(c => c.List == request.CodeList).OrderBy(c => c.Code)
            .ToListAsync(context.CancellationToken);
        var response = new ListCodesResponse();
        response.Codes.AddRange(codes.Select(c => new Code { Code_ = c.Code, DisplayName = c.DisplayName, Active = c.Active }));
        return response;
    }

    private async Task<Dictionary<string, string>> MunicipalityNamesAsync(CancellationToken cancellationToken) =>
        await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Number, m => m.Name, cancellationToken);
}
