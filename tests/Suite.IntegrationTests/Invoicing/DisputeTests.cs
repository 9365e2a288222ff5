using Grpc.Core;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// The partner disputes a line of an issued invoice; both sides write in the thread; the host
/// credits the line or rejects with a reason; and every read and change is in both sides' audit.
/// </summary>
public sealed class DisputeTests : IAsyncLifetime
{
    private FixedAmountScenario _s = null!;

    public async ValueTask InitializeAsync() => _s = await FixedAmountScenario.StartAsync();

    public async ValueTask DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task A_dispute_resolved_by_credit_drafts_a_credit_note_for_the_line_and_both_sides_see_the_thread()
    {
        var (january, _) = await _s.IssuedJanuaryAndFebruaryAsync();

        var dispute = await DisputeAsync(january, "2", "Husleien er avtalt til 2 000 kr");
        await _s.Host.AddDisputeCommentAsync(new AddDisputeCommentRequest { Dispute = dispute.Name, Text = "Vi ser på det.", RequestId = NewRequestId() });
        await _s.Partner.AddDisputeCommentAsync(new AddDisputeCommentRequest { Dispute = dispute.Name, Text = "Avtalen ligger ved.", RequestId = NewRequestId() });
        var resolved = (await _s.Host.ResolveDisputeAsync(new ResolveDisputeRequest { Dispute = dispute.Name, CreditReason = "Feil husleie", RequestId = NewRequestId() })).Dispute;
        var credit = await _s.GetAsync(resolved.CreditNote);
        var seenByPartner = (await _s.Partner.ListDisputesAsync(new ListDisputesRequest())).Disputes.Single();

        Assert.Equal((DisputeState.Credited, "2"), (resolved.State, resolved.LineId));
        Assert.Equal(
            [(TestUser.Asker, "Husleien er avtalt til 2 000 kr"), (TestUser.Baerum, "Vi ser på det."), (TestUser.Asker, "Avtalen ligger ved."), (TestUser.Baerum, "Feil husleie")],
            resolved.Messages.Select(m => (m.MunicipalityNumber, m.Text)));
        Assert.Equal((InvoiceKind.CreditNote, InvoiceState.Draft, january.Name, 250_000L), (credit.Kind, credit.State, credit.CorrectedInvoice, credit.TotalOre));
        Assert.Equal(resolved, seenByPartner);
        Assert.Empty((await _s.Host.ListDisputesAsync(new ListDisputesRequest { OpenOnly = true })).Disputes);
    }

    [Fact]
    public async Task A_rejected_dispute_keeps_the_reason_and_the_line_can_be_disputed_again_but_not_twice_at_once()
    {
        var (january, _) = await _s.IssuedJanuaryAndFebruaryAsync();
        var first = await DisputeAsync(january, "1", "Tjenesten var stengt i januar");

        var twice = await Assert.ThrowsAsync<RpcException>(() => DisputeAsync(january, "1", "Igjen"));
        var rejected = (await _s.Host.ResolveDisputeAsync(new ResolveDisputeRequest { Dispute = first.Name, RejectionReason = "Vakten var åpen hele måneden", RequestId = NewRequestId() })).Dispute;
        var resolveAgain = await Assert.ThrowsAsync<RpcException>(() =>
            _s.Host.ResolveDisputeAsync(new ResolveDisputeRequest { Dispute = first.Name, CreditReason = "Likevel", RequestId = NewRequestId() }).ResponseAsync);
        var second = await DisputeAsync(january, "1", "Vi ber om dokumentasjon");

        Assert.Equal("ALREADY_DISPUTED", TestCalls.PreconditionType(twice));
        Assert.Equal((DisputeState.Rejected, "Vakten var åpen hele måneden", ""), (rejected.State, rejected.Messages.Last().Text, rejected.CreditNote));
        Assert.Equal("WRONG_STATE", TestCalls.PreconditionType(resolveAgain));
        Assert.Equal(DisputeState.Open, second.State);
    }

    [Fact]
    public async Task Only_the_partner_disputes_only_the_host_resolves_and_bad_requests_name_the_field()
    {
        var (january, _) = await _s.IssuedJanuaryAndFebruaryAsync();
        var dispute = await DisputeAsync(january, "1", "Feil");
        var outsider = _s.Services.Invoicing.Invoicing(NewMunicipality().Finance);

        var byHost = await Assert.ThrowsAsync<RpcException>(() => DisputeAsync(january, "1", "Feil", _s.Host));
        var resolvedByPartner = await Assert.ThrowsAsync<RpcException>(() =>
            _s.Partner.ResolveDisputeAsync(new ResolveDisputeRequest { Dispute = dispute.Name, RejectionReason = "Nei", RequestId = NewRequestId() }).ResponseAsync);
        var commentByOutsider = await Assert.ThrowsAsync<RpcException>(() =>
            outsider.AddDisputeCommentAsync(new AddDisputeCommentRequest { Dispute = dispute.Name, Text = "Hei", RequestId = NewRequestId() }).ResponseAsync);
        var noLine = await Assert.ThrowsAsync<RpcException>(() => DisputeAsync(january, "9", "Feil"));
        var noReason = await Assert.ThrowsAsync<RpcException>(() => DisputeAsync(january, "2", " "));
        var noResolution = await Assert.ThrowsAsync<RpcException>(() =>
            _s.Host.ResolveDisputeAsync(new ResolveDisputeRequest { Dispute = dispute.Name, RequestId = NewRequestId() }).ResponseAsync);
        var badName = await Assert.ThrowsAsync<RpcException>(() =>
            _s.Host.AddDisputeCommentAsync(new AddDisputeCommentRequest { Dispute = "disputes/1", Text = "Hei", RequestId = NewRequestId() }).ResponseAsync);

        Assert.Equal([StatusCode.PermissionDenied, StatusCode.PermissionDenied, StatusCode.PermissionDenied],
            [byHost.StatusCode, resolvedByPartner.StatusCode, commentByOutsider.StatusCode]);
        Assert.Equal(["line_id", "reason", "rejection_reason", "dispute"],
            new[] { noLine, noReason, noResolution, badName }.Select(e => TestCalls.ViolatedFields(e).Single()));
        Assert.Single((await _s.Host.ListDisputesAsync(new ListDisputesRequest())).Disputes[0].Messages);
    }

    [Fact]
    public async Task Reads_and_changes_are_audited_for_both_sides_and_not_for_others()
    {
        var (january, _) = await _s.IssuedJanuaryAndFebruaryAsync();
        await _s.Partner.GetInvoiceAsync(new GetInvoiceRequest { Name = january.Name });
        await _s.Partner.GetInvoiceDocumentAsync(new GetInvoiceDocumentRequest { Name = january.Name, Format = DocumentFormat.Csv });
        var outsider = NewMunicipality().Finance;
        await Assert.ThrowsAsync<RpcException>(() => _s.Services.Invoicing.Invoicing(outsider).GetInvoiceAsync(new GetInvoiceRequest { Name = january.Name }).ResponseAsync);

        var seenByHost = (await _s.Host.ListAuditEventsAsync(new ListAuditEventsRequest { PageSize = 500 })).AuditEvents;
        var seenByPartner = (await _s.Partner.ListAuditEventsAsync(new ListAuditEventsRequest { PageSize = 500 })).AuditEvents;
        var seenByOutsider = (await _s.Services.Invoicing.Invoicing(outsider).ListAuditEventsAsync(new ListAuditEventsRequest())).AuditEvents;

        var partnerReads = seenByHost.Where(e => e.Subject == TestUser.AskerFinance.Subject && e.Resource == january.Name).Select(e => e.Action).ToList();
        Assert.Equal(["GetInvoiceDocument", "GetInvoice"], partnerReads);
        Assert.Contains(seenByHost, e => e.Action == "IssueInvoice" && e.Resource == january.Name && e.Subject == TestUser.BaerumFinance.Subject);
        Assert.Contains(seenByPartner, e => e.Action == "IssueInvoice" && e.Resource == january.Name);
        Assert.DoesNotContain(seenByPartner, e => e.Action == "CreateAgreement");
        Assert.DoesNotContain(seenByHost, e => e.Subject == outsider.Subject);
        Assert.All(seenByOutsider, e => Assert.Equal(outsider.Subject, e.Subject));
    }

    private async Task<Dispute> DisputeAsync(Invoice invoice, string line, string reason, InvoicingService.InvoicingServiceClient? by = null) =>
        (await (by ?? _s.Partner).CreateDisputeAsync(new CreateDisputeRequest { Parent = invoice.Name, LineId = line, Reason = reason, RequestId = NewRequestId() })).Dispute;
}
