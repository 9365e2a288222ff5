using System.Globalization;
using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

/// <summary>
/// Disputes: the partner's finance staff object to a line of an issued invoice; the host's finance
/// staff answer by crediting the line or rejecting with a reason; both sides write in the thread.
/// </summary>
public sealed partial class InvoicingGrpcService
{
    private const int MessageLength = 2000;

    public override async Task<CreateDisputeResponse> CreateDispute(CreateDisputeRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        ProtoValues.Text(request.Reason, "reason", MessageLength, required: true, violations);
        violations.ThrowIfAny();
        var invoice = await ReadableInvoiceAsync(request.Parent, "parent", caller, ct);
        var sides = await SidesAsync(invoice, ct);
        Demand(caller.ActsFor(sides.Partner), request.Parent);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, request.Parent, nameof(CreateDispute), caller, ct) is { } earlier)
        {
            return new CreateDisputeResponse { Dispute = DisputeMapper.ToProto(await LoadDisputeAsync(earlier.ResourceName, ct)) };
        }

        var line = LineNumber(invoice, request.LineId, "line_id");
        await RequireDisputableAsync(invoice, line, ct);
        var dispute = new DisputeRecord { Id = Guid.CreateVersion7(), InvoiceId = invoice.Id, LineNumber = line, State = DisputeState.Open, CreateTime = Now };
        dispute.Messages.Add(Message(dispute, sides.Partner, request.Reason));
        var name = ResourceNames.Dispute(invoice.Id, dispute.Id);
        db.Disputes.Add(dispute);
        db.Changes.Add(RequestIds.Record(request.RequestId, nameof(CreateDispute), name, caller, Now));
        await SaveChangeAsync(request.RequestId, request.Parent, nameof(CreateDispute), caller, ct);
        var saved = await db.Changes.EarlierChangeAsync(request.RequestId, request.Parent, nameof(CreateDispute), caller, ct);
        return new CreateDisputeResponse { Dispute = DisputeMapper.ToProto(await LoadDisputeAsync(saved!.ResourceName, ct)) };
    }

    public override async Task<ListDisputesResponse> ListDisputes(ListDisputesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        Demand(InvoicingAccess.IsFinance(caller), "disputes");
        var own = await OwnOrganisationNumberAsync(caller, ct);
        var size = PageToken.Size(request.PageSize);
        var offset = PageToken.Decode(request, 1) is [var skip] && int.TryParse(skip, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var page = await db.Disputes.AsNoTracking().Include(d => d.Messages)
            .Where(d => db.Invoices.Any(i => i.Id == d.InvoiceId && (i.HostOrganisationNumber == own || i.PartnerOrganisationNumber == own)))
            .Where(d => !request.OpenOnly || d.State == DisputeState.Open)
            .OrderByDescending(d => d.CreateTime).ThenByDescending(d => d.Id).Skip(offset).Take(size + 1).ToListAsync(ct);
        var response = new ListDisputesResponse
        {
            NextPageToken = page.Count > size ? PageToken.Encode(request, (offset + size).ToString(CultureInfo.InvariantCulture)) : "",
        };
        response.Disputes.AddRange(page.Take(size).Select(DisputeMapper.ToProto));
        return response;
    }

    public override async Task<AddDisputeCommentResponse> AddDisputeComment(AddDisputeCommentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        ProtoValues.Text(request.Text, "text", MessageLength, required: true, violations);
        violations.ThrowIfAny();
        var (dispute, sides) = await DisputeOfEitherSideAsync(request.Dispute, caller, ct);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, request.Dispute, nameof(AddDisputeComment), caller, ct) is null)
        {
            dispute.Messages.Add(Message(dispute, caller.ActsFor(sides.Host) ? sides.Host : sides.Partner, request.Text));
            dispute.Version++;
            db.Changes.Add(RequestIds.Record(request.RequestId, nameof(AddDisputeComment), request.Dispute, caller, Now));
            await SaveChangeAsync(request.RequestId, request.Dispute, nameof(AddDisputeComment), caller, ct);
        }

        return new AddDisputeCommentResponse { Dispute = DisputeMapper.ToProto(await LoadDisputeAsync(request.Dispute, ct)) };
    }

    public override async Task<ResolveDisputeResponse> ResolveDispute(ResolveDisputeRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        var (field, reason) = request.ResolutionCase == ResolveDisputeRequest.ResolutionOneofCase.CreditReason
            ? ("credit_reason", request.CreditReason)
            : ("rejection_reason", request.RejectionReason);
        ProtoValues.Text(reason, field, 1000, required: true, violations);
        violations.ThrowIfAny();
        var (dispute, sides) = await DisputeOfEitherSideAsync(request.Dispute, caller, ct);
        Demand(InvoicingAccess.CanActAsHost(caller, sides.Host), request.Dispute);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, request.Dispute, nameof(ResolveDispute), caller, ct) is null)
        {
            await ResolveAsync(dispute, request.ResolutionCase == ResolveDisputeRequest.ResolutionOneofCase.CreditReason, reason.Trim(), sides.Host, ct);
            db.Changes.Add(RequestIds.Record(request.RequestId, nameof(ResolveDispute), request.Dispute, caller, Now));
            await SaveChangeAsync(request.RequestId, request.Dispute, nameof(ResolveDispute), caller, ct);
        }

        return new ResolveDisputeResponse { Dispute = DisputeMapper.ToProto(await LoadDisputeAsync(request.Dispute, ct)) };
    }

    /// <summary>Credits the disputed line (a draft credit note for the host to approve and issue) or rejects the dispute.</summary>
    private async Task ResolveAsync(DisputeRecord dispute, bool credit, string reason, string hostMunicipality, CancellationToken ct)
    {
        if (dispute.State != DisputeState.Open)
        {
            throw Problems.FailedPrecondition("WRONG_STATE", ResourceNames.Dispute(dispute.InvoiceId, dispute.Id), $"the dispute is already {dispute.State}");
        }

        if (credit)
        {
            var invoice = (await InvoiceAsync(dispute.InvoiceId, tracked: true, ct))!;
            var note = await CreditNoteAsync(invoice, [dispute.LineNumber.ToString(CultureInfo.InvariantCulture)], reason, ct);
            db.Invoices.Add(note);
            invoice.Version++;
            dispute.CreditNoteId = note.Id;
        }

        dispute.State = credit ? DisputeState.Credited : DisputeState.Rejected;
        dispute.ResolveTime = Now;
        dispute.Messages.Add(Message(dispute, hostMunicipality, reason));
        dispute.Version++;
    }

    /// <summary>A line can be disputed once at a time, and not once it has been credited.</summary>
    private async Task RequireDisputableAsync(InvoiceRecord invoice, int line, CancellationToken ct)
    {
        var name = ResourceNames.Invoice(invoice.Id);
        if (invoice.Kind != InvoiceKind.Invoice)
        {
            throw Problems.FailedPrecondition("WRONG_STATE", name, "a credit note cannot be disputed; dispute the invoice it corrects");
        }

        if (await db.Disputes.AnyAsync(d => d.InvoiceId == invoice.Id && d.LineNumber == line && d.State == DisputeState.Open, ct))
        {
            throw Problems.FailedPrecondition("ALREADY_DISPUTED", name, $"line {line} already has an open dispute");
        }

        if (await db.Invoices.AnyAsync(c => c.CorrectedInvoiceId == invoice.Id && c.Lines.Any(l => l.CreditsLineNumber == line), ct))
        {
            throw Problems.FailedPrecondition("ALREADY_CREDITED", name, $"line {line} is already on a credit note");
        }
    }

    /// <summary>The dispute, tracked, after checking the caller is finance staff of either side of its invoice.</summary>
    private async Task<(DisputeRecord Dispute, (string Host, string Partner) Sides)> DisputeOfEitherSideAsync(string name, Caller caller, CancellationToken ct)
    {
        var (invoiceId, _) = ResourceNames.ParseDispute(name, "dispute");
        var invoice = await ReadableInvoiceAsync(ResourceNames.Invoice(invoiceId), "dispute", caller, ct);
        var dispute = await LoadDisputeAsync(name, ct, tracked: true);
        return (dispute, await SidesAsync(invoice, ct));
    }

    private async Task<DisputeRecord> LoadDisputeAsync(string name, CancellationToken ct, bool tracked = false)
    {
        var (invoiceId, id) = ResourceNames.ParseDispute(name, "dispute");
        var query = tracked ? db.Disputes : db.Disputes.AsNoTracking();
        return await query.Include(d => d.Messages).SingleOrDefaultAsync(d => d.Id == id && d.InvoiceId == invoiceId, ct)
            ?? throw Problems.NotFound("Dispute", name);
    }

    /// <summary>The kommunenummer of the invoice's host and partner.</summary>
    private Task<(string Host, string Partner)> SidesAsync(InvoiceRecord invoice, CancellationToken ct) =>
        SidesAsync(invoice.HostOrganisationNumber, invoice.PartnerOrganisationNumber, ct);

    /// <summary>The kommunenummer of a host and a partner party ("" for one not registered).</summary>
    private async Task<(string Host, string Partner)> SidesAsync(string hostOrganisationNumber, string partnerOrganisationNumber, CancellationToken ct)
    {
        var numbers = await db.Parties.AsNoTracking()
            .Where(p => p.OrganisationNumber == hostOrganisationNumber || p.OrganisationNumber == partnerOrganisationNumber)
            .ToDictionaryAsync(p => p.OrganisationNumber, p => p.MunicipalityNumber, ct);
        return (numbers.GetValueOrDefault(hostOrganisationNumber, ""), numbers.GetValueOrDefault(partnerOrganisationNumber, ""));
    }

    private async Task<string> OwnOrganisationNumberAsync(Caller caller, CancellationToken ct) =>
        await db.Parties.AsNoTracking().Where(p => p.MunicipalityNumber == caller.MunicipalityNumber).Select(p => p.OrganisationNumber).SingleOrDefaultAsync(ct) ?? "";

    private DisputeMessageRecord Message(DisputeRecord dispute, string municipalityNumber, string text) => new()
    {
        DisputeId = dispute.Id,
        Number = dispute.Messages.Count + 1,
        MunicipalityNumber = municipalityNumber,
        Text = text.Trim(),
        CreateTime = Now,
    };
}
