using Grpc.Core;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// A run's drafts approved and issued in one call each: all or none, numbered in the order asked,
/// safe to retry, each invoice audited and written to the outbox as if issued alone.
/// </summary>
public sealed class BatchLifecycleTests : IAsyncLifetime
{
    private FixedAmountScenario _s = null!;

    public async ValueTask InitializeAsync() => _s = await FixedAmountScenario.StartAsync();

    public async ValueTask DisposeAsync() => await _s.DisposeAsync();

    private InvoicingService.InvoicingServiceClient Host => _s.Host;

    [Fact]
    public async Task A_batch_is_numbered_in_the_order_asked_and_a_retry_changes_nothing()
    {
        var (january, february, march) = await DraftsAsync();
        await Host.BatchApproveInvoicesAsync(new BatchApproveInvoicesRequest { Names = { january, february, march }, RequestId = NewRequestId() });
        var request = new BatchIssueInvoicesRequest { Names = { march, january, february }, IssueDate = Date(2026, 4, 2), RequestId = NewRequestId() };

        var issued = (await Host.BatchIssueInvoicesAsync(request)).Invoices;
        var retried = (await Host.BatchIssueInvoicesAsync(request)).Invoices;

        Assert.Equal([march, january, february], issued.Select(i => i.Name));
        Assert.Equal(["2026-000001", "2026-000002", "2026-000003"], issued.Select(i => i.Number));
        Assert.All(issued, i => Assert.Equal(InvoiceState.Issued, i.State));
        Assert.Equal(issued.Select(i => (i.Name, i.Number, i.Kid)), retried.Select(i => (i.Name, i.Number, i.Kid)));
        var files = _s.Services.Outbox.GetFiles("*.xml", SearchOption.AllDirectories).Select(f => f.Name).Order().ToList();
        Assert.Equal(["974552825-faktura-2026-000001.xml", "974552825-faktura-2026-000002.xml", "974552825-faktura-2026-000003.xml"], files);
    }

    [Fact]
    public async Task One_invoice_in_the_wrong_state_refuses_the_whole_batch()
    {
        var (january, february, _) = await DraftsAsync();
        await Host.ApproveInvoiceAsync(new ApproveInvoiceRequest { Name = january, RequestId = NewRequestId() });

        var approveAgain = await Assert.ThrowsAsync<RpcException>(() =>
            Host.BatchApproveInvoicesAsync(new BatchApproveInvoicesRequest { Names = { february, january }, RequestId = NewRequestId() }).ResponseAsync);
        var issueDraft = await Assert.ThrowsAsync<RpcException>(() =>
            Host.BatchIssueInvoicesAsync(new BatchIssueInvoicesRequest { Names = { january, february }, IssueDate = Date(2026, 4, 2), RequestId = NewRequestId() }).ResponseAsync);

        Assert.Equal((StatusCode.FailedPrecondition, StatusCode.FailedPrecondition), (approveAgain.StatusCode, issueDraft.StatusCode));
        Assert.Equal(("WRONG_STATE", "WRONG_STATE"), (TestCalls.PreconditionType(approveAgain), TestCalls.PreconditionType(issueDraft)));
        Assert.Equal(InvoiceState.Draft, (await _s.GetAsync(february)).State);
        var stillApproved = await _s.GetAsync(january);
        Assert.Equal((InvoiceState.Approved, ""), (stillApproved.State, stillApproved.Number));
    }

    [Fact]
    public async Task Bad_names_are_named_and_only_the_host_may_batch()
    {
        var (january, _, _) = await DraftsAsync();

        var bad = await Assert.ThrowsAsync<RpcException>(() => Host.BatchApproveInvoicesAsync(new BatchApproveInvoicesRequest
        {
            Names = { january, "invoices/not-a-uuid", january },
            RequestId = "not-a-uuid",
        }).ResponseAsync);
        var none = await Assert.ThrowsAsync<RpcException>(() =>
            Host.BatchIssueInvoicesAsync(new BatchIssueInvoicesRequest { RequestId = NewRequestId() }).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Host.BatchApproveInvoicesAsync(new BatchApproveInvoicesRequest
        {
            Names = { january, $"invoices/{Guid.NewGuid()}" },
            RequestId = NewRequestId(),
        }).ResponseAsync);
        var partner = await Assert.ThrowsAsync<RpcException>(() =>
            _s.Partner.BatchApproveInvoicesAsync(new BatchApproveInvoicesRequest { Names = { january }, RequestId = NewRequestId() }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        Assert.Equal(["names[1]", "names[2]", "request_id"], TestCalls.ViolatedFields(bad).Order(StringComparer.Ordinal));
        Assert.Equal(["names"], TestCalls.ViolatedFields(none));
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, partner.StatusCode);
        Assert.Equal(InvoiceState.Draft, (await _s.GetAsync(january)).State);
    }

    [Fact]
    public async Task Every_invoice_of_a_batch_is_audited_for_both_sides()
    {
        var (january, february, _) = await DraftsAsync();
        await Host.BatchApproveInvoicesAsync(new BatchApproveInvoicesRequest { Names = { january, february }, RequestId = NewRequestId() });
        await Host.BatchIssueInvoicesAsync(new BatchIssueInvoicesRequest { Names = { january, february }, IssueDate = Date(2026, 4, 2), RequestId = NewRequestId() });

        var seenByHost = (await Host.ListAuditEventsAsync(new ListAuditEventsRequest { PageSize = 500 })).AuditEvents;
        var seenByPartner = (await _s.Partner.ListAuditEventsAsync(new ListAuditEventsRequest { PageSize = 500 })).AuditEvents;

        string[] both = [.. new[] { january, february }.Order(StringComparer.Ordinal)];
        Assert.Equal(both, seenByHost.Where(e => e.Action == "BatchApproveInvoices").Select(e => e.Resource).Order(StringComparer.Ordinal));
        Assert.Equal(both, seenByHost.Where(e => e.Action == "BatchIssueInvoices").Select(e => e.Resource).Order(StringComparer.Ordinal));
        Assert.Equal(both, seenByPartner.Where(e => e.Action == "BatchIssueInvoices").Select(e => e.Resource).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_credit_notes_issued_in_one_batch_credit_their_invoice_wholly()
    {
        var (january, _) = await _s.IssuedJanuaryAndFebruaryAsync();
        var first = await CreditAsync(january, "1");
        var second = await CreditAsync(january, "2");
        await Host.BatchApproveInvoicesAsync(new BatchApproveInvoicesRequest { Names = { first, second }, RequestId = NewRequestId() });

        var issued = (await Host.BatchIssueInvoicesAsync(new BatchIssueInvoicesRequest { Names = { first, second }, IssueDate = Date(2026, 4, 2), RequestId = NewRequestId() })).Invoices;

        Assert.All(issued, i => Assert.Equal((InvoiceKind.CreditNote, InvoiceState.Issued), (i.Kind, i.State)));
        Assert.Equal(InvoiceState.Credited, (await _s.GetAsync(january.Name)).State);
    }

    private async Task<string> CreditAsync(Invoice invoice, string line) =>
        (await Host.CreateCreditNoteAsync(new CreateCreditNoteRequest { Invoice = invoice.Name, LineIds = { line }, Reason = "Feil beløp", RequestId = NewRequestId() })).CreditNote.Name;

    /// <summary>January to March, drafted by one run.</summary>
    private async Task<(string January, string February, string March)> DraftsAsync()
    {
        var run = (await Host.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
        {
            Host = _s.Baerum.Name,
            Period = new Common.V1.Period { StartDate = Date(2026, 1, 1), EndDate = Date(2026, 3, 31) },
            RequestId = NewRequestId(),
        })).InvoiceRun;
        var drafts = new List<Invoice>();
        foreach (var name in run.Outcomes.Single().Invoices)
        {
            drafts.Add(await _s.GetAsync(name));
        }

        var byMonth = drafts.OrderBy(d => d.Period.StartDate.Month).Select(d => d.Name).ToList();
        return (byMonth[0], byMonth[1], byMonth[2]);
    }
}
