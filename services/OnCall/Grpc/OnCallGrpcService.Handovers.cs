using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Grpc.Validation;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.OnCall.Grpc;

public sealed partial class OnCallGrpcService
{
    public override async Task<ListHandoversResponse> ListHandovers(ListHandoversRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var unit = await LoadUnitAsync(ResourceNames.ParseUnit(request.Parent, "parent"), ct);
        var municipality = CoveredMunicipality(request.MunicipalityNumber, unit);
        Demand(CallAccess.IsStaff(caller, unit) || CallAccess.IsCaseworkerFor(caller, unit, municipality), request.Parent);
        var size = PageToken.Size(request.PageSize);

        var calls = db.Calls.Where(c => c.UnitId == unit.Id && c.MunicipalityNumber == municipality);
        var dates = (request.PendingOnly ? calls.Where(c => c.HandoverAcknowledgeTime == null) : calls)
            .Select(c => c.HandoverDate).Distinct();
        if (PageToken.Decode(request, 1) is [var lastText])
        {
            var last = IsoDate.Parse(lastText, "page_token", "is not a token this method returned");
            dates = dates.Where(d => d < last);
        }

        var page = await dates.OrderByDescending(d => d).Take(size + 1).ToListAsync(ct);
        var shown = page.Take(size).ToList();
        var byDate = (await calls.Where(c => shown.Contains(c.HandoverDate)).Include(c => c.Entries).AsNoTracking().ToListAsync(ct))
            .ToLookup(c => c.HandoverDate);
        var response = new ListHandoversResponse();
        response.Handovers.AddRange(shown.Select(d => HandoverMapper.ToProto(unit, municipality, d, [.. byDate[d]], CalendarOf(unit))));
        response.NextPageToken = page.Count > size ? PageToken.Encode(request, IsoDate.ToText(shown[^1])) : "";
        return response;
    }

    public override async Task<AcknowledgeHandoverResponse> AcknowledgeHandover(AcknowledgeHandoverRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var (unitId, municipality, date) = ResourceNames.ParseHandover(request.Name, "name");
        if (!ProtoValues.IsUuid(request.RequestId))
        {
            throw Problems.InvalidArgument("request_id", "must be a UUID");
        }

        var unit = await LoadUnitAsync(unitId, ct);
        Demand(CallAccess.IsCaseworkerFor(caller, unit, municipality), request.Name);

        // One statement: acknowledging twice, or racing another caseworker, is harmless.
        var now = Now;
        var handoverCalls = db.Calls.Where(c => c.UnitId == unitId && c.MunicipalityNumber == municipality && c.HandoverDate == date);
        await handoverCalls.Where(c => c.HandoverAcknowledgeTime == null).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.HandoverAcknowledgeTime, now)
            .SetProperty(c => c.HandoverAcknowledgedBy, caller.Subject)
            // A correction racing this acknowledgement must notice it (Version is its concurrency token).
            .SetProperty(c => c.Version, c => c.Version + 1), ct);

        var calls = await handoverCalls.Include(c => c.Entries).AsNoTracking().ToListAsync(ct);
        return calls.Count == 0
            ? throw Problems.NotFound("Handover", request.Name)
            : new AcknowledgeHandoverResponse { Handover = HandoverMapper.ToProto(unit, municipality, date, calls, CalendarOf(unit)) };
    }

    /// <summary>A required municipality number the unit covers, or INVALID_ARGUMENT.</summary>
    private static string CoveredMunicipality(string number, OnCallUnitRecord unit) =>
        ProtoValues.IsMunicipalityNumber(number) && unit.Covers(number)
            ? number
            : throw Problems.InvalidArgument("municipality_number", "must be the number of a municipality the unit covers");
}
