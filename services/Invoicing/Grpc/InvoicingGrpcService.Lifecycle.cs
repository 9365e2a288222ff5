using System.Globalization;
using Google.Protobuf;
using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Documents;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;
using DocumentFormat = Intermunicipal.Invoicing.V1.DocumentFormat;

namespace Intermunicipal.Invoicing.Grpc;

public sealed partial class InvoicingGrpcService
{
    private const int MostIssueAttempts = 10;

    public override async Task<ApproveInvoiceResponse> ApproveInvoice(ApproveInvoiceRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        CheckRequestId(request.RequestId);
        var invoice = await HostsInvoiceAsync(request.Name, caller, ct);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, request.Name, nameof(ApproveInvoice), caller, ct) is null)
        {
            RequireState(invoice, InvoiceState.Draft, "only a draft can be approved");
            (invoice.State, invoice.ApproveTime) = (InvoiceState.Approved, Now);
            invoice.Version++;
            db.Changes.Add(RequestIds.Record(request.RequestId, nameof(ApproveInvoice), request.Name, caller, Now));
            await SaveChangeAsync(request.RequestId, request.Name, nameof(ApproveInvoice), caller, ct);
        }

        return new ApproveInvoiceResponse { Invoice = InvoiceMapper.ToProto(await ReadableInvoiceAsync(request.Name, "name", caller, ct)) };
    }

    /// <summary>
    /// Numbers the invoice from the issuer's sequence for the issue year, in the same transaction: if
    /// another issue took the number first, the whole issue is tried again on fresh state.
    /// </summary>
    public override async Task<IssueInvoiceResponse> IssueInvoice(IssueInvoiceRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        var issueDate = request.IssueDate is null ? Today : ProtoValues.Date(request.IssueDate, "issue_date", violations);
        violations.Require(issueDate is null || issueDate <= Today, "issue_date", "must not be after today (Europe/Oslo)").ThrowIfAny();
        var done = false;
        for (var attempt = 1; attempt <= MostIssueAttempts && !done; attempt++)
        {
            db.ChangeTracker.Clear();
            var invoice = await HostsInvoiceAsync(request.Name, caller, ct);
            if (await db.Changes.EarlierChangeAsync(request.RequestId, request.Name, nameof(IssueInvoice), caller, ct) is not null)
            {
                done = true;
                break;
            }

            RequireState(invoice, InvoiceState.Approved, "only an approved invoice can be issued");
            await NumberAsync(invoice, issueDate!.Value, ct);
            db.Changes.Add(RequestIds.Record(request.RequestId, nameof(IssueInvoice), request.Name, caller, Now));
            try
            {
                await db.SaveChangesAsync(ct);
                LogChanged(logger, nameof(IssueInvoice), request.Name);
                done = true;
            }
            catch (DbUpdateException)
            {
                // Another issue took the number, or this request's retry raced it: judge again on what is stored now.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), ct);
            }
        }

        if (!done)
        {
            throw Problems.Aborted("Too many invoices were issued at the same moment; retry with the same request_id.");
        }

        db.ChangeTracker.Clear();
        var issued = await ReadableInvoiceAsync(request.Name, "name", caller, ct);
        await outbox.PlaceAsync(issued, ct);
        return new IssueInvoiceResponse { Invoice = InvoiceMapper.ToProto(issued) };
    }

    public override async Task<GetInvoiceDocumentResponse> GetInvoiceDocument(GetInvoiceDocumentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        new FieldViolations().Require(request.Format != DocumentFormat.Unspecified && ProtoValues.IsKnown(request.Format), "format", "must be EHF, HTML or CSV").ThrowIfAny();
        var invoice = await ReadableInvoiceAsync(request.Name, "name", Caller.From(context), ct);
        if (invoice.State < InvoiceState.Issued)
        {
            throw Problems.FailedPrecondition("NOT_ISSUED", request.Name, "documents exist once the invoice is issued");
        }

        var rendered = await documents.RenderAsync(invoice, request.Format switch
        {
            DocumentFormat.Ehf => Documents.DocumentFormat.Ehf,
            DocumentFormat.Html => Documents.DocumentFormat.Html,
            _ => Documents.DocumentFormat.Csv,
        }, ct);
        return new GetInvoiceDocumentResponse { Content = ByteString.CopyFrom(rendered.Content), MediaType = rendered.MediaType, FileName = rendered.FileName };
    }

    private async Task NumberAsync(InvoiceRecord invoice, DateOnly issueDate, CancellationToken ct)
    {
        // A batch numbers several invoices before it saves: Find returns the sequence it took last (tracked, maybe
        // still unsaved) without a query, and reads it only the first time.
        var sequence = await db.InvoiceSequences.FindAsync([invoice.HostOrganisationNumber, issueDate.Year], ct);
        if (sequence is null)
        {
            db.InvoiceSequences.Add(sequence = new InvoiceSequenceRecord { IssuerOrganisationNumber = invoice.HostOrganisationNumber, Year = issueDate.Year });
        }

        sequence.LastNumber++;
        sequence.Version++;
        // Tracked, so a batch reads each partner once; nothing changes it here.
        var partner = await db.Parties.FindAsync([invoice.PartnerOrganisationNumber], ct)
            ?? throw Problems.NotFound("Party", ResourceNames.Party(invoice.PartnerOrganisationNumber));
        invoice.Number = string.Create(CultureInfo.InvariantCulture, $"{issueDate.Year}-{sequence.LastNumber:000000}");
        invoice.Kid = Kid.ForInvoice(issueDate.Year, sequence.LastNumber);
        invoice.IssueDate = issueDate;
        invoice.DueDate = invoice.Kind == InvoiceKind.Invoice ? issueDate.AddDays(invoice.PaymentTermsDays) : null;
        invoice.BuyerReference = partner.BuyerReference;
        (invoice.State, invoice.IssueTime) = (InvoiceState.Issued, Now);
        invoice.Version++;
        if (invoice.CorrectedInvoiceId is { } correctedId)
        {
            await MarkCreditedAsync(correctedId, invoice, ct);
        }
    }

    /// <summary>
    /// An invoice whose every line is on an issued credit note is credited: those stored, and those
    /// issued in this transaction (a batch may issue several credit notes of one invoice).
    /// </summary>
    private async Task MarkCreditedAsync(Guid correctedId, InvoiceRecord issuing, CancellationToken ct)
    {
        var corrected = await db.Invoices.Include(i => i.Lines).SingleAsync(i => i.Id == correctedId, ct);
        var issuingNow = db.Invoices.Local.Where(c => c.CorrectedInvoiceId == correctedId && c.State >= InvoiceState.Issued).Append(issuing).Distinct().ToList();
        var now = issuingNow.Select(c => c.Id).ToList();
        var credited = (await db.Invoices.AsNoTracking().Where(c => c.CorrectedInvoiceId == correctedId && c.State >= InvoiceState.Issued && !now.Contains(c.Id))
            .SelectMany(c => c.Lines.Select(l => l.CreditsLineNumber)).ToListAsync(ct)).Concat(issuingNow.SelectMany(c => c.Lines.Select(l => l.CreditsLineNumber))).ToHashSet();
        if (corrected.Lines.All(l => credited.Contains(l.LineNumber)))
        {
            corrected.State = InvoiceState.Credited;
            corrected.Version++;
        }
    }

    /// <summary>The invoice, tracked, after checking the caller is the host's finance staff.</summary>
    private async Task<InvoiceRecord> HostsInvoiceAsync(string name, Caller caller, CancellationToken ct)
    {
        var id = ResourceNames.ParseInvoice(name, "name");
        var invoice = await InvoiceAsync(id, tracked: true, ct) ?? throw Problems.NotFound("Invoice", name);
        var (host, partner) = await SidesAsync(invoice, ct);
        Demand(InvoicingAccess.CanActAsHost(caller, host), name);
        audit.Concerns(name, host, partner);
        return invoice;
    }

    private static void RequireState(InvoiceRecord invoice, InvoiceState state, string why)
    {
        if (invoice.State != state)
        {
            throw Problems.FailedPrecondition("WRONG_STATE", ResourceNames.Invoice(invoice.Id), $"{why}; it is {invoice.State}");
        }
    }

    private static void CheckRequestId(string requestId)
    {
        var violations = new FieldViolations();
        RequestIds.Check(requestId, violations);
        violations.ThrowIfAny();
    }

    private DateOnly Today => NorwegianTime.DateOf(clock.GetUtcNow().UtcDateTime);
}
