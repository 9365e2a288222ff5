using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
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
    public override async Task<ListCallsResponse> ListCalls(ListCallsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var unit = await LoadUnitAsync(ResourceNames.ParseUnit(request.Parent, "parent"), ct);
        var municipality = MunicipalityFilter(request, unit, caller);
        var size = PageToken.Size(request.PageSize);
        var query = Filtered(request, unit.Id, municipality);

        if (PageToken.Decode(request, 2) is [var ticksText, var lastId])
        {
            RequireTokenId(lastId);
            var last = PageToken.ToInstant(ticksText);
            query = query.Where(c => c.ReceiveTime < last || (c.ReceiveTime == last && string.Compare(c.Id, lastId) < 0));
        }

        var page = await query
            .OrderByDescending(c => c.ReceiveTime).ThenByDescending(c => c.Id)
            .Take(size + 1)
            .Include(c => c.Entries)
            .AsNoTracking()
            .ToListAsync(ct);
        var response = new ListCallsResponse();
        response.Calls.AddRange(page.Take(size).Select(c => CallMapper.ToProto(c, withPersonalData: false)));
        if (page.Count > size)
        {
            var last = page[size - 1];
            response.NextPageToken = PageToken.Encode(request, PageToken.FromInstant(last.ReceiveTime), last.Id);
        }

        return response;
    }

    /// <summary>
    /// The unit's staff may list any covered municipality (or all); a caseworker only their own,
    /// which is then applied even when the request leaves the filter empty.
    /// </summary>
    private static string? MunicipalityFilter(ListCallsRequest request, OnCallUnitRecord unit, Caller caller)
    {
        var requested = request.MunicipalityNumber;
        if (requested.Length > 0 && !ProtoValues.IsMunicipalityNumber(requested))
        {
            throw Problems.InvalidArgument("municipality_number", "must be a four-digit municipality number");
        }

        if (CallAccess.IsStaff(caller, unit))
        {
            return requested.Length > 0 ? requested : null;
        }

        var own = caller.MunicipalityNumber;
        Demand(CallAccess.IsCaseworkerFor(caller, unit, own) && (requested.Length == 0 || requested == own), request.Parent);
        return own;
    }

    private IQueryable<CallRecord> Filtered(ListCallsRequest request, string unitId, string? municipality)
    {
        var violations = new FieldViolations();
        var from = request.ReceiveTimeFrom is null ? (DateTime?)null
            : ProtoValues.Instant(request.ReceiveTimeFrom, "receive_time_from", violations);
        var to = request.ReceiveTimeTo is null ? (DateTime?)null
            : ProtoValues.Instant(request.ReceiveTimeTo, "receive_time_to", violations);
        violations.Require(request.Status == CallStatus.Unspecified || ProtoValues.IsKnown(request.Status), "status", "must be a known status");
        violations.ThrowIfAny();

        var query = db.Calls.Where(c => c.UnitId == unitId);
        if (municipality is not null)
        {
            query = query.Where(c => c.MunicipalityNumber == municipality);
        }

        if (from is { } start)
        {
            query = query.Where(c => c.ReceiveTime >= start);
        }

        if (to is { } end)
        {
            query = query.Where(c => c.ReceiveTime < end);
        }

        return request.Status == CallStatus.Unspecified ? query : query.Where(c => c.Status == request.Status);
    }

    private static void RequireTokenId(string id)
    {
        if (!ProtoValues.IsUuid(id))
        {
            throw Problems.InvalidArgument("page_token", "is not a token this method returned");
        }
    }
}
