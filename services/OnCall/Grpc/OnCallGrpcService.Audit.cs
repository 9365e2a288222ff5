using Grpc.Core;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.OnCall.Grpc;

public sealed partial class OnCallGrpcService
{
    public override async Task<ListAuditEventsResponse> ListAuditEvents(ListAuditEventsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var unit = await LoadUnitAsync(ResourceNames.ParseUnit(request.Parent, "parent"), ct);
        Demand(CallAccess.IsLead(Caller.From(context), unit), request.Parent);
        var size = PageToken.Size(request.PageSize);

        var query = db.AuditEvents.AsNoTracking().Where(a => a.UnitId == unit.Id);
        if (request.Call.Length > 0)
        {
            var (callUnit, callId) = ResourceNames.ParseCall(request.Call, "call");
            query = query.Where(a => a.UnitId == callUnit && a.CallId == callId);
        }

        if (PageToken.Decode(request, 1) is [var lastId])
        {
            RequireTokenId(lastId);
            query = query.Where(a => string.Compare(a.Id, lastId) < 0);
        }

        // Ids are version-7 UUIDs: ordering by id is ordering by time.
        var page = await query.OrderByDescending(a => a.Id).Take(size + 1).ToListAsync(ct);
        var response = new ListAuditEventsResponse();
        response.AuditEvents.AddRange(page.Take(size).Select(AuditEventMapper.ToProto));
        response.NextPageToken = page.Count > size ? PageToken.Encode(request, page[size - 1].Id) : "";
        return response;
    }

    /// <summary>The audit record is committed before any personal data leaves the service.</summary>
    private async Task AuditReadAsync(CallRecord call, Caller caller, string action, CancellationToken ct)
    {
        var now = Now;
        db.AuditEvents.Add(new AuditEventRecord
        {
            Id = Guid.CreateVersion7(now).ToString(),
            UnitId = call.UnitId,
            EventTime = now,
            Subject = caller.Subject,
            SubjectMunicipalityNumber = caller.MunicipalityNumber,
            CallId = call.Id,
            Action = action,
        });
        await db.SaveChangesAsync(ct);
    }
}
