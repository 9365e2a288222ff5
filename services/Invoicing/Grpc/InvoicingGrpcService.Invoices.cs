using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

public sealed partial class InvoicingGrpcService
{
    public override async Task<GetInvoiceResponse> GetInvoice(GetInvoiceRequest request, ServerCallContext context)
    {
        var invoice = await ReadableInvoiceAsync(request.Name, "name", Caller.From(context), context.CancellationToken);
        return new GetInvoiceResponse { Invoice = InvoiceMapper.ToProto(invoice) };
    }

    public override async Task<ListInvoicesResponse> ListInvoices(ListInvoicesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        Demand(InvoicingAccess.IsFinance(caller), "invoices");
        var own = await OwnOrganisationNumberAsync(caller, ct);
        var counterpart = request.Counterpart.Length > 0 ? ResourceNames.ParseParty(request.Counterpart, "counterpart") : null;
        var states = request.States.ToList();
        var size = PageToken.Size(request.PageSize);
        // As host: everything it bills; as partner: what has been issued to it.
        var query = db.Invoices.AsNoTracking().Include(i => i.Lines).Include(i => i.Payments).AsSplitQuery()
            .Where(i => i.HostOrganisationNumber == own || (i.PartnerOrganisationNumber == own && i.State >= InvoiceState.Issued))
            .Where(i => counterpart == null || i.HostOrganisationNumber == counterpart || i.PartnerOrganisationNumber == counterpart)
            .Where(i => states.Count == 0 || states.Contains(i.State));
        // Offset paging: many drafts of one run share an instant, and a host's list is short-lived work, not an archive.
        var offset = PageToken.Decode(request, 1) is [var skip] && int.TryParse(skip, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        var page = await query.OrderByDescending(i => i.CreateTime).ThenByDescending(i => i.Id).Skip(offset).Take(size + 1).ToListAsync(ct);
        var response = new ListInvoicesResponse();
        response.Invoices.AddRange(page.Take(size).Select(InvoiceMapper.ToProto));
        response.NextPageToken = page.Count > size ? PageToken.Encode(request, (offset + size).ToString(System.Globalization.CultureInfo.InvariantCulture)) : "";
        return response;
    }

    public override async Task<ListBilledItemsResponse> ListBilledItems(ListBilledItemsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var invoice = await ReadableInvoiceAsync(request.Invoice, "invoice", Caller.From(context), ct);
        var line = LineNumber(invoice, request.LineId, "line_id");
        var size = Math.Min(request.PageSize <= 0 ? 500 : request.PageSize, 5000);
        var packed = await db.BilledUsage.AsNoTracking().Where(b => b.InvoiceId == invoice.Id && b.LineNumber == line).Select(b => b.Items).SingleOrDefaultAsync(ct);
        var items = (packed is null ? [] : BilledItemsPacking.Unpack(packed)).OrderBy(b => b.Source, StringComparer.Ordinal).AsEnumerable();
        if (PageToken.Decode(request, 1) is [var lastSource])
        {
            items = items.Where(b => string.CompareOrdinal(b.Source, lastSource) > 0);
        }

        var page = items.Take(size + 1).ToList();
        var response = new ListBilledItemsResponse { NextPageToken = page.Count > size ? PageToken.Encode(request, page[size - 1].Source) : "" };
        response.BilledItems.AddRange(page.Take(size).Select(b => new BilledItem { Source = b.Source, Period = InvoiceMapper.Period(b.Days.First, b.Days.Last), Quantity = b.Quantity }));
        return response;
    }

    /// <summary>The invoice, if the caller may read it: the host's finance staff always, the partner's once it is issued.</summary>
    private async Task<InvoiceRecord> ReadableInvoiceAsync(string name, string field, Caller caller, CancellationToken ct)
    {
        var id = ResourceNames.ParseInvoice(name, field);
        var invoice = await InvoiceAsync(id, tracked: false, ct) ?? throw Problems.NotFound("Invoice", name);
        var (host, partner) = await SidesAsync(invoice, ct);
        var asHost = InvoicingAccess.CanActAsHost(caller, host);
        var asPartner = InvoicingAccess.CanRead(caller, "", partner) && invoice.State >= InvoiceState.Issued;
        Demand(asHost || asPartner, name);
        audit.Concerns(name, host, partner);
        return invoice;
    }

    /// <summary>The invoice with its lines and payments, or null.</summary>
    private async Task<InvoiceRecord?> InvoiceAsync(Guid id, bool tracked, CancellationToken ct)
    {
        var query = db.Invoices.Include(i => i.Lines).Include(i => i.Payments).AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(i => i.Id == id, ct);
    }
}
