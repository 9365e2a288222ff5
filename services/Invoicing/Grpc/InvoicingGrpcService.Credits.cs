using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

public sealed partial class InvoicingGrpcService
{
    /// <summary>A draft credit note crediting whole lines of an issued invoice; no line is credited twice.</summary>
    public override async Task<CreateCreditNoteResponse> CreateCreditNote(CreateCreditNoteRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        ProtoValues.Text(request.Reason, "reason", 1000, required: true, violations);
        violations.ThrowIfAny();
        var invoice = await HostsInvoiceAsync(request.Invoice, caller, ct);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, "invoices", nameof(CreateCreditNote), caller, ct) is { } earlier)
        {
            return new CreateCreditNoteResponse { CreditNote = InvoiceMapper.ToProto(await ReadableInvoiceAsync(earlier.ResourceName, "name", caller, ct)) };
        }

        var credit = await CreditNoteAsync(invoice, request.LineIds, request.Reason.Trim(), ct);
        db.Invoices.Add(credit);
        // Bumping the credited invoice's version makes two credit notes for the same lines at the same moment collide.
        invoice.Version++;
        db.Changes.Add(RequestIds.Record(request.RequestId, nameof(CreateCreditNote), ResourceNames.Invoice(credit.Id), caller, Now));
        await SaveChangeAsync(request.RequestId, "invoices", nameof(CreateCreditNote), caller, ct);
        var saved = await db.Changes.EarlierChangeAsync(request.RequestId, "invoices", nameof(CreateCreditNote), caller, ct);
        return new CreateCreditNoteResponse { CreditNote = InvoiceMapper.ToProto(await ReadableInvoiceAsync(saved!.ResourceName, "name", caller, ct)) };
    }

    public override async Task<RecordPaymentResponse> RecordPayment(RecordPaymentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        var date = request.Payment is null ? null : ProtoValues.Date(request.Payment.PaymentDate, "payment.payment_date", violations);
        violations.Require(request.Payment is not null, "payment", "is required")
            .Require(date is null || date <= Today, "payment.payment_date", "must not be after today (Europe/Oslo)")
            .Require(request.Payment is null || request.Payment.AmountOre is > 0 and <= 1_000_000_000_000, "payment.amount_ore", "must be more than 0")
            .ThrowIfAny();
        var invoice = await HostsInvoiceAsync(request.Name, caller, ct);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, request.Name, nameof(RecordPayment), caller, ct) is null)
        {
            if (invoice.Kind != InvoiceKind.Invoice || invoice.State is not (InvoiceState.Issued or InvoiceState.Paid))
            {
                throw Problems.FailedPrecondition("WRONG_STATE", request.Name, $"payments are recorded against issued invoices; this is a {invoice.State} {invoice.Kind}");
            }

            invoice.Payments.Add(new PaymentRecord
            {
                InvoiceId = invoice.Id,
                Number = invoice.Payments.Count + 1,
                PaymentDate = date!.Value,
                AmountOre = request.Payment!.AmountOre,
                RecordTime = Now,
            });
            invoice.State = invoice.Payments.Sum(p => p.AmountOre) >= invoice.Lines.Sum(l => l.AmountOre) ? InvoiceState.Paid : invoice.State;
            invoice.Version++;
            db.Changes.Add(RequestIds.Record(request.RequestId, nameof(RecordPayment), request.Name, caller, Now));
            await SaveChangeAsync(request.RequestId, request.Name, nameof(RecordPayment), caller, ct);
        }

        return new RecordPaymentResponse { Invoice = InvoiceMapper.ToProto(await ReadableInvoiceAsync(request.Name, "name", caller, ct)) };
    }

    private async Task<InvoiceRecord> CreditNoteAsync(InvoiceRecord invoice, IReadOnlyCollection<string> lineIds, string reason, CancellationToken ct)
    {
        if (invoice.Kind != InvoiceKind.Invoice || invoice.State is not (InvoiceState.Issued or InvoiceState.Paid))
        {
            throw Problems.FailedPrecondition("WRONG_STATE", ResourceNames.Invoice(invoice.Id), $"only an issued invoice can be credited; this is a {invoice.State} {invoice.Kind}");
        }

        var wanted = lineIds.Count == 0 ? [.. invoice.Lines.Select(l => l.LineNumber)] : lineIds.Select(id => LineNumber(invoice, id)).ToHashSet();
        var credited = await db.Invoices.AsNoTracking().Where(c => c.CorrectedInvoiceId == invoice.Id)
            .SelectMany(c => c.Lines.Select(l => l.CreditsLineNumber)).ToListAsync(ct);
        if (wanted.FirstOrDefault(n => credited.Contains(n)) is var twice and > 0)
        {
            throw Problems.FailedPrecondition("ALREADY_CREDITED", ResourceNames.Invoice(invoice.Id), $"line {twice} is already on a credit note");
        }

        var id = Guid.CreateVersion7();
        var lines = invoice.Lines.Where(l => wanted.Contains(l.LineNumber)).OrderBy(l => l.LineNumber).ToList();
        return new InvoiceRecord
        {
            Id = id,
            Kind = InvoiceKind.CreditNote,
            State = InvoiceState.Draft,
            AgreementId = invoice.AgreementId,
            HostOrganisationNumber = invoice.HostOrganisationNumber,
            PartnerOrganisationNumber = invoice.PartnerOrganisationNumber,
            PeriodFirst = invoice.PeriodFirst,
            PeriodLast = invoice.PeriodLast,
            CorrectedInvoiceId = invoice.Id,
            CreditReason = reason,
            Origin = ResourceNames.Invoice(invoice.Id),
            PaymentTermsDays = invoice.PaymentTermsDays,
            CreateTime = Now,
            Lines = [.. lines.Select((l, n) => new InvoiceLineRecord
            {
                InvoiceId = id, LineNumber = n + 1, ServiceLine = l.ServiceLine, Description = l.Description, KostraFunction = l.KostraFunction,
                Quantity = l.Quantity, UnitCode = l.UnitCode, UnitPriceOre = l.UnitPriceOre, BaseQuantity = l.BaseQuantity, AmountOre = l.AmountOre,
                PeriodFirst = l.PeriodFirst, PeriodLast = l.PeriodLast, BasisJson = l.BasisJson, Late = l.Late, CreditsLineNumber = l.LineNumber,
            })],
        };
    }

    private static int LineNumber(InvoiceRecord invoice, string lineId, string field = "line_ids") =>
        int.TryParse(lineId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && invoice.Lines.Any(l => l.LineNumber == n)
            ? n
            : throw Problems.InvalidArgument(field, "must name lines of the invoice");
}
