using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

/// <summary>
/// A run's drafts approved or issued in one transaction each: all or none, one commit instead of a
/// commit per invoice, numbers in the order asked. Each invoice is judged as its single method would.
/// </summary>
public sealed partial class InvoicingGrpcService
{
    private const int MostInBatch = 1000;
    private const string BatchResource = "invoices";

    public override async Task<BatchApproveInvoicesResponse> BatchApproveInvoices(BatchApproveInvoicesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        var ids = BatchIds(request.Names, violations);
        violations.ThrowIfAny();
        var invoices = await HostsInvoicesAsync(request.Names, ids, caller, ct);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, BatchResource, nameof(BatchApproveInvoices), caller, ct) is null)
        {
            foreach (var invoice in invoices)
            {
                RequireState(invoice, InvoiceState.Draft, "only a draft can be approved");
                (invoice.State, invoice.ApproveTime) = (InvoiceState.Approved, Now);
                invoice.Version++;
            }

            db.Changes.Add(RequestIds.Record(request.RequestId, nameof(BatchApproveInvoices), BatchResource, caller, Now));
            if (!await SaveChangeAsync(request.RequestId, BatchResource, nameof(BatchApproveInvoices), caller, ct))
            {
                invoices = await HostsInvoicesAsync(request.Names, ids, caller, ct);
            }
        }

        var response = new BatchApproveInvoicesResponse();
        response.Invoices.AddRange(invoices.Select(InvoiceMapper.ToProto));
        return response;
    }

    /// <summary>Numbers every invoice from the issuer's sequence in one transaction; if another issue took a number first, the whole batch is tried again.</summary>
    public override async Task<BatchIssueInvoicesResponse> BatchIssueInvoices(BatchIssueInvoicesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        var ids = BatchIds(request.Names, violations);
        var issueDate = request.IssueDate is null ? Today : ProtoValues.Date(request.IssueDate, "issue_date", violations);
        violations.Require(issueDate is null || issueDate <= Today, "issue_date", "must not be after today (Europe/Oslo)").ThrowIfAny();
        for (var attempt = 1; attempt <= MostIssueAttempts; attempt++)
        {
            db.ChangeTracker.Clear();
            var invoices = await HostsInvoicesAsync(request.Names, ids, caller, ct);
            if (await db.Changes.EarlierChangeAsync(request.RequestId, BatchResource, nameof(BatchIssueInvoices), caller, ct) is not null)
            {
                return IssuedBatch(invoices);
            }

            foreach (var invoice in invoices)
            {
                RequireState(invoice, InvoiceState.Approved, "only an approved invoice can be issued");
                await NumberAsync(invoice, issueDate!.Value, ct);
            }

            db.Changes.Add(RequestIds.Record(request.RequestId, nameof(BatchIssueInvoices), BatchResource, caller, Now));
            try
            {
                await db.SaveChangesAsync(ct);
                LogChanged(logger, nameof(BatchIssueInvoices), BatchResource);
            }
            catch (DbUpdateException)
            {
                // Another issue took a number, or this request's retry raced it: judge again on what is stored now.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), ct);
                continue;
            }

            foreach (var invoice in invoices)
            {
                await outbox.PlaceAsync(invoice, ct);
            }

            return IssuedBatch(invoices);
        }

        throw Problems.Aborted("Too many invoices were issued at the same moment; retry with the same request_id.");
    }

    private static BatchIssueInvoicesResponse IssuedBatch(IEnumerable<InvoiceRecord> invoices)
    {
        var response = new BatchIssueInvoicesResponse();
        response.Invoices.AddRange(invoices.Select(InvoiceMapper.ToProto));
        return response;
    }

    private static List<Guid> BatchIds(IList<string> names, FieldViolations violations)
    {
        violations.Require(names.Count is > 0 and <= MostInBatch, "names", $"must name 1 to {MostInBatch} invoices");
        var ids = new List<Guid>();
        for (var i = 0; i < names.Count && i < MostInBatch; i++)
        {
            var field = $"names[{i}]";
            if (!ResourceNames.TryParseInvoice(names[i], out var id))
            {
                violations.Add(field, "must be \"invoices/{invoice}\"");
            }
            else if (ids.Contains(id))
            {
                violations.Add(field, "names an invoice already in the batch");
            }
            else
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>The invoices, tracked, in the order named, after checking the caller is each one's host's finance staff.</summary>
    private async Task<List<InvoiceRecord>> HostsInvoicesAsync(IList<string> names, List<Guid> ids, Caller caller, CancellationToken ct)
    {
        var found = await db.Invoices.Include(i => i.Lines).Include(i => i.Payments).AsSplitQuery()
            .Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var parties = found.Values.SelectMany(i => new[] { i.HostOrganisationNumber, i.PartnerOrganisationNumber }).Distinct().ToList();
        var municipalities = await db.Parties.AsNoTracking().Where(p => parties.Contains(p.OrganisationNumber))
            .ToDictionaryAsync(p => p.OrganisationNumber, p => p.MunicipalityNumber, ct);
        var invoices = new List<InvoiceRecord>();
        for (var i = 0; i < ids.Count; i++)
        {
            var invoice = found.GetValueOrDefault(ids[i]) ?? throw Problems.NotFound("Invoice", names[i]);
            var (host, partner) = (municipalities.GetValueOrDefault(invoice.HostOrganisationNumber, ""), municipalities.GetValueOrDefault(invoice.PartnerOrganisationNumber, ""));
            Demand(InvoicingAccess.CanActAsHost(caller, host), names[i]);
            audit.ConcernsEach(names[i], host, partner);
            invoices.Add(invoice);
        }

        return invoices;
    }
}
