using System.Globalization;
using Grpc.Core;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

public sealed partial class InvoicingGrpcService
{
    /// <summary>What was read or done with what concerns the caller's municipality, on either side, newest first.</summary>
    public override async Task<ListAuditEventsResponse> ListAuditEvents(ListAuditEventsRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context);
        Demand(InvoicingAccess.IsFinance(caller), "auditEvents");
        var own = caller.MunicipalityNumber;
        var size = PageToken.Size(request.PageSize);
        var query = db.AuditEvents.AsNoTracking().Where(a => a.HostMunicipalityNumber == own || a.PartnerMunicipalityNumber == own);
        if (PageToken.Decode(request, 1) is [var last] && long.TryParse(last, CultureInfo.InvariantCulture, out var before))
        {
            query = query.Where(a => a.Id < before);
        }

        var page = await query.OrderByDescending(a => a.Id).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListAuditEventsResponse
        {
            NextPageToken = page.Count > size ? PageToken.Encode(request, page[size - 1].Id.ToString(CultureInfo.InvariantCulture)) : "",
        };
        response.AuditEvents.AddRange(page.Take(size).Select(a => new AuditEvent
        {
            Name = ResourceNames.AuditEvent(a.Id),
            EventTime = ProtoTime.ToTimestamp(a.EventTime),
            Subject = a.Subject,
            SubjectMunicipalityNumber = a.SubjectMunicipalityNumber,
            Resource = a.Resource,
            Action = a.Action,
        }));
        return response;
    }
}
