using Grpc.Core;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// Credit notes correct issued invoices line by line, payments settle them, and the statement of
/// account shows both sides the same running balance.
/// </summary>
public sealed class CreditAndPaymentTests : IAsyncLifetime
{
    private FixedAmountScenario _s = null!;

    public async ValueTask InitializeAsync() => _s = await FixedAmountScenario.StartAsync();

    public async ValueTask DisposeAsync() => await _s.DisposeAsync();

    private InvoicingService.InvoicingServiceClient Host => _s.Host;

    private InvoicingService.InvoicingServiceClient Partner => _s.Partner;

    [Fact]
    public async Task A_line_is_credited_once_and_an_invoice_wholly_credited_is_marked_so()
    {
        var (january, _) = await IssuedJanuaryAndFebruaryAsync();

        var first = await CreditAsync(january, "2");
        var twice = await Assert.ThrowsAsync<RpcException>(() => CreditAsync(january, "2"));
        var rest = await CreditAsync(january, "1");
        await IssueAsync(first);
        var afterFirst = await GetAsync(january);
        await IssueAsync(rest);
        var afterBoth = await GetAsync(january);

        Assert.Equal((InvoiceKind.CreditNote, january.Name, 250_000L), (first.Kind, first.CorrectedInvoice, first.TotalOre));
        Assert.Equal("ALREADY_CREDITED", TestCalls.PreconditionType(twice));
        Assert.Equal((InvoiceState.Issued, InvoiceState.Credited), (afterFirst.State, afterBoth.State));
    }

    [Fact]
    public async Task Credit_notes_for_the_same_line_at_the_same_moment_yield_exactly_one()
    {
        var (january, _) = await IssuedJanuaryAndFebruaryAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            try
            {
                return (await CreditAsync(january, "1")).Name;
            }
            catch (RpcException ex) when (ex.StatusCode is StatusCode.FailedPrecondition or StatusCode.Aborted)
            {
                return null;
            }
        }));
        var drafts = await Host.ListInvoicesAsync(new ListInvoicesRequest { Counterpart = _s.Asker.Name });

        Assert.Single(attempts, a => a is not null);
        Assert.Single(drafts.Invoices, i => i.Kind == InvoiceKind.CreditNote);
    }

    [Fact]
    public async Task An_issued_credit_note_renders_as_a_valid_ehf_credit_note_referring_to_the_invoice()
    {
        var (january, _) = await IssuedJanuaryAndFebruaryAsync();
        var credit = await CreditAsync(january, "2");
        await IssueAsync(credit);

        var ehf = (await Partner.GetInvoiceDocumentAsync(new GetInvoiceDocumentRequest { Name = credit.Name, Format = DocumentFormat.Ehf }));
        var xml = ehf.Content.ToStringUtf8();

        Assert.Contains("<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>", xml, StringComparison.Ordinal);
        Assert.Contains($"<cbc:ID>{january.Number}</cbc:ID>", xml, StringComparison.Ordinal);
        await PeppolRules.AssertValidAsync(ehf.FileName, ehf.Content.ToByteArray());
    }

    [Fact]
    public async Task Issued_invoices_and_credit_notes_are_left_as_ehf_in_the_partners_outbox_folder()
    {
        var (january, february) = await IssuedJanuaryAndFebruaryAsync();
        var credit = await IssueAsync(await CreditAsync(january, "1"));

        var folder = Path.Combine(_s.Services.Outbox.FullName, "944988106");
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var ehf = (await Partner.GetInvoiceDocumentAsync(new GetInvoiceDocumentRequest { Name = credit.Name, Format = DocumentFormat.Ehf })).Content.ToByteArray();

        Assert.Equal([$"974552825-faktura-{january.Number}.xml", $"974552825-faktura-{february.Number}.xml", $"974552825-kreditnota-{credit.Number}.xml"], files);
        Assert.Equal(ehf, await File.ReadAllBytesAsync(Path.Combine(folder, $"974552825-kreditnota-{credit.Number}.xml"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Payments_settle_an_invoice_and_the_statement_runs_the_balance_for_both_sides()
    {
        var (january, february) = await IssuedJanuaryAndFebruaryAsync();
        var partly = await PayAsync(january, 1_000_000);
        var paid = await PayAsync(january, 250_000);
        var credit = await CreditAsync(february, "2");
        await IssueAsync(credit);

        var statement = await Partner.GetStatementOfAccountAsync(new GetStatementOfAccountRequest { Host = _s.Baerum.Name, Partner = _s.Asker.Name });

        Assert.Equal((InvoiceState.Issued, InvoiceState.Paid), (partly.State, paid.State));
        Assert.Equal(
            [(StatementEntryKind.Invoice, 1_250_000L), (StatementEntryKind.Invoice, 1_250_000L), (StatementEntryKind.CreditNote, -250_000L),
             (StatementEntryKind.Payment, -1_000_000L), (StatementEntryKind.Payment, -250_000L)],
            statement.Entries.Select(e => (e.Kind, e.AmountOre)));
        Assert.Equal((0L, 1_000_000L), (statement.OpeningBalanceOre, statement.ClosingBalanceOre));
        Assert.Equal(statement, await Host.GetStatementOfAccountAsync(new GetStatementOfAccountRequest { Host = _s.Baerum.Name, Partner = _s.Asker.Name }));
    }

    [Fact]
    public async Task Only_the_host_credits_and_records_payments_and_drafts_cannot_be_paid()
    {
        var (january, _) = await IssuedJanuaryAndFebruaryAsync();
        var draft = (await Host.CreateCreditNoteAsync(new CreateCreditNoteRequest { Invoice = january.Name, Reason = "Feil", RequestId = NewRequestId() })).CreditNote;

        var partnerCredits = await Assert.ThrowsAsync<RpcException>(() =>
            Partner.CreateCreditNoteAsync(new CreateCreditNoteRequest { Invoice = january.Name, Reason = "Feil", RequestId = NewRequestId() }).ResponseAsync);
        var partnerPays = await Assert.ThrowsAsync<RpcException>(() => PayAsync(january, 1, Partner));
        var payDraft = await Assert.ThrowsAsync<RpcException>(() => PayAsync(draft, 1));
        var noReason = await Assert.ThrowsAsync<RpcException>(() =>
            Host.CreateCreditNoteAsync(new CreateCreditNoteRequest { Invoice = january.Name, Reason = " ", RequestId = NewRequestId() }).ResponseAsync);

        Assert.Equal([StatusCode.PermissionDenied, StatusCode.PermissionDenied, StatusCode.FailedPrecondition, StatusCode.InvalidArgument],
            [partnerCredits.StatusCode, partnerPays.StatusCode, payDraft.StatusCode, noReason.StatusCode]);
    }

    private Task<(Invoice January, Invoice February)> IssuedJanuaryAndFebruaryAsync() => _s.IssuedJanuaryAndFebruaryAsync();

    private async Task<Invoice> CreditAsync(Invoice invoice, params string[] lines) =>
        (await Host.CreateCreditNoteAsync(new CreateCreditNoteRequest { Invoice = invoice.Name, LineIds = { lines }, Reason = "Feil beløp", RequestId = NewRequestId() })).CreditNote;

    private Task<Invoice> IssueAsync(Invoice draft) => _s.IssueAsync(draft);

    private Task<Invoice> GetAsync(Invoice invoice) => _s.GetAsync(invoice.Name);

    private async Task<Invoice> PayAsync(Invoice invoice, long amount, InvoicingService.InvoicingServiceClient? by = null) =>
        (await (by ?? Host).RecordPaymentAsync(new RecordPaymentRequest
        {
            Name = invoice.Name,
            Payment = new Payment { PaymentDate = Date(2026, 3, 20), AmountOre = amount },
            RequestId = NewRequestId(),
        })).Invoice;
}
