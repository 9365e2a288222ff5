using Google.Protobuf.WellKnownTypes;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// Invoice runs over real usage: Bærum bills Asker monthly for barnevernvakt calls and call-out
/// hours (OnCall) and for MST-CAN slot-days and allocated slots (Capacity), prices of 2025 indexed
/// +4 % for 2026. Every amount below is worked out by hand.
/// </summary>
public sealed class InvoiceRunTests : IAsyncLifetime
{
    private const string Unit = "onCallUnits/asker-og-baerum";
    private BillingServices _services = null!;

    public async ValueTask InitializeAsync() => _services = await BillingServices.StartAsync();

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private InvoicingService.InvoicingServiceClient BaerumFinance => _services.Invoicing.Invoicing(TestUser.BaerumFinance);

    [Fact]
    public async Task A_run_drafts_each_due_month_from_the_usage_and_a_second_run_bills_nothing_twice()
    {
        var (baerum, agreement, team) = await AgreementWithUsageAsync();

        var run = await RunAsync(baerum, 3);
        var invoices = await InvoicesAsync(run);

        Assert.Equal(InvoiceRunState.Succeeded, run.State);
        Assert.Equal(["2026-01", "2026-02", "2026-03"], invoices.Select(i => $"{i.Period.StartDate.Year}-{i.Period.StartDate.Month:00}"));
        // January: 1 call at 1 250 kr × 1.04; 2 slots × 31 days of 31 at 65 000 kr × 1.04.
        Assert.Equal([("calls", 1L, 130_000L), ("mst-can-slots", 62L, 13_520_000L)], Lines(invoices[0]));
        // February: 1 call; 45 call-out minutes at 900 kr/h × 1.04; 19 slot-days (from 10 February) at 350 kr × 1.04; 2 slots × 28 days.
        Assert.Equal([("call-out-hours", 45L, 70_200L), ("calls", 1L, 130_000L), ("mst-can-days", 19L, 691_600L), ("mst-can-slots", 56L, 13_520_000L)],
            Lines(invoices[1]));
        // March: 1 call; 80 minutes; 31 slot-days; 2 slots × 31 days.
        Assert.Equal([("call-out-hours", 80L, 124_800L), ("calls", 1L, 130_000L), ("mst-can-days", 31L, 1_128_400L), ("mst-can-slots", 62L, 13_520_000L)],
            Lines(invoices[2]));
        Assert.All(invoices, i => Assert.Equal((InvoiceState.Draft, agreement.Name), (i.State, i.Agreement)));

        var again = await RunAsync(baerum, 3);

        Assert.Equal(InvoiceRunState.Succeeded, again.State);
        Assert.Empty(again.Outcomes.Single().Invoices);
        _ = team;
    }

    [Fact]
    public async Task Two_agreements_billing_the_same_unit_for_the_same_partner_bill_each_call_once()
    {
        var (baerum, agreement, _) = await AgreementWithUsageAsync();
        var calls = Terms("teams/unused").Lines.Single(l => l.LineId == "calls");
        await BaerumFinance.CreateAgreementAsync(new CreateAgreementRequest
        {
            AgreementId = "baerum-asker-samtaler",
            Agreement = new Agreement
            {
                DisplayName = "Bærum–Asker, samtaler",
                Host = baerum.Name,
                Partner = agreement.Partner,
                Versions = { new AgreementVersion { ValidFrom = Date(2026, 1, 1), BillingFrequency = BillingFrequency.Quarterly, PaymentTermsDays = 30, PriceBaseYear = 2026, Lines = { calls } } },
            },
            RequestId = NewRequestId(),
        });

        var run = await RunAsync(baerum, 3);
        var invoices = await InvoicesAsync(run);

        Assert.Equal(2, run.Outcomes.Count(o => o.Succeeded));
        Assert.Equal(3, invoices.SelectMany(i => i.Lines).Where(l => l.ServiceLine == "calls").Sum(l => l.Quantity));
    }

    [Fact]
    public async Task Usage_that_arrives_after_its_month_was_billed_comes_on_the_next_invoice_as_late()
    {
        var (baerum, _, _) = await AgreementWithUsageAsync();
        await RunAsync(baerum, 3);
        // A call on 15 February logged only now, after February was invoiced.
        await LogCallAsync(new DateTime(2026, 2, 15, 11, 0, 0, DateTimeKind.Utc));

        var april = (await InvoicesAsync(await RunAsync(baerum, 4))).Single();

        var late = april.Lines.Single(l => l.Late);
        Assert.Equal(("calls", 1L, 130_000L), (late.ServiceLine, late.Quantity, late.AmountOre));
        Assert.Equal(new Google.Type.Date { Year = 2026, Month = 2, Day = 15 }, late.Period.StartDate);
        Assert.DoesNotContain(april.Lines, l => !l.Late && l.ServiceLine == "calls");
    }

    [Fact]
    public async Task Each_line_keeps_its_basis_and_the_items_it_counted()
    {
        var (baerum, _, _) = await AgreementWithUsageAsync();
        var february = (await InvoicesAsync(await RunAsync(baerum, 2)))[1];
        var callOut = february.Lines.Single(l => l.ServiceLine == "call-out-hours");

        var items = await BaerumFinance.ListBilledItemsAsync(new ListBilledItemsRequest { Invoice = february.Name, LineId = callOut.LineId });

        Assert.Equal(("per_unit", 90_000L, 1_040_000L, 1L), (callOut.Basis.PriceModel, callOut.Basis.BasePriceOre, callOut.Basis.IndexFactorPpm, callOut.Basis.UsageItemCount));
        Assert.Equal(("MIN", 60L, 93_600L), (callOut.UnitCode, callOut.BaseQuantity, callOut.UnitPriceOre));
        var item = Assert.Single(items.BilledItems);
        Assert.StartsWith(Unit + "/calls/", item.Source, StringComparison.Ordinal);
        Assert.Equal(45, item.Quantity);
    }

    [Fact]
    public async Task Drafts_are_approved_then_issued_with_gapless_numbers_and_only_then_shown_to_the_partner()
    {
        var (baerum, _, _) = await AgreementWithUsageAsync();
        var invoices = await InvoicesAsync(await RunAsync(baerum, 3));
        var (january, february) = (invoices[0], invoices[1]);

        var hidden = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => AskerFinance.GetInvoiceAsync(new GetInvoiceRequest { Name = february.Name }).ResponseAsync);
        var unapproved = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => IssueAsync(february));
        await ApproveAsync(february);
        await ApproveAsync(january);
        var issuedFebruary = await IssueAsync(february);
        var issuedJanuary = await IssueAsync(january);

        Assert.Equal((Grpc.Core.StatusCode.PermissionDenied, Grpc.Core.StatusCode.FailedPrecondition), (hidden.StatusCode, unapproved.StatusCode));
        Assert.Equal(("2026-000001", "2026-000002"), (issuedFebruary.Number, issuedJanuary.Number));
        Assert.Equal(("202600000014", new Google.Type.Date { Year = 2026, Month = 12, Day = 24 }, "Barnevern 4711"),
            (issuedFebruary.Kid, issuedFebruary.DueDate, issuedFebruary.BuyerReference));
        Assert.Equal(issuedFebruary, (await AskerFinance.GetInvoiceAsync(new GetInvoiceRequest { Name = february.Name })).Invoice);
        var again = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => IssueAsync(february));
        Assert.Equal(Grpc.Core.StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact]
    public async Task An_issued_invoice_renders_as_valid_ehf_html_and_csv()
    {
        var (baerum, _, _) = await AgreementWithUsageAsync();
        await RunAsync(baerum, 3);
        await LogCallAsync(new DateTime(2026, 2, 15, 11, 0, 0, DateTimeKind.Utc)); // late, so April has a late line
        var april = (await InvoicesAsync(await RunAsync(baerum, 4))).Single();
        await ApproveAsync(april);
        await IssueAsync(april);

        var ehf = await DocumentAsync(april, DocumentFormat.Ehf);
        var html = await DocumentAsync(april, DocumentFormat.Html);
        var csv = await DocumentAsync(april, DocumentFormat.Csv);

        Assert.Equal(("faktura-2026-000001.xml", "application/xml"), (ehf.FileName, ehf.MediaType));
        Assert.Contains("<cbc:AccountingCost>251</cbc:AccountingCost>", ehf.Content.ToStringUtf8(), StringComparison.Ordinal);
        Assert.Contains("Etterfakturert bruk 15.02.2026", html.Content.ToStringUtf8(), StringComparison.Ordinal);
        Assert.Equal(april.Lines.Count + 1, csv.Content.ToStringUtf8().Trim().Split('\n').Length);
        Assert.DoesNotContain("Testbarn", ehf.Content.ToStringUtf8() + html.Content.ToStringUtf8() + csv.Content.ToStringUtf8(), StringComparison.Ordinal);
        await PeppolRules.AssertValidAsync(ehf.FileName, ehf.Content.ToByteArray());
    }

    private InvoicingService.InvoicingServiceClient AskerFinance => _services.Invoicing.Invoicing(TestUser.AskerFinance);

    private async Task ApproveAsync(Invoice invoice) =>
        await BaerumFinance.ApproveInvoiceAsync(new ApproveInvoiceRequest { Name = invoice.Name, RequestId = NewRequestId() });

    private async Task<Invoice> IssueAsync(Invoice invoice) =>
        (await BaerumFinance.IssueInvoiceAsync(new IssueInvoiceRequest { Name = invoice.Name, RequestId = NewRequestId() })).Invoice;

    private async Task<GetInvoiceDocumentResponse> DocumentAsync(Invoice invoice, DocumentFormat format) =>
        await AskerFinance.GetInvoiceDocumentAsync(new GetInvoiceDocumentRequest { Name = invoice.Name, Format = format });

    private static List<(string, long, long)> Lines(Invoice invoice) =>
        [.. invoice.Lines.OrderBy(l => l.ServiceLine, StringComparer.Ordinal).Select(l => (l.ServiceLine, l.Quantity, l.AmountOre))];

    private async Task<InvoiceRun> RunAsync(Party host, int month) =>
        (await BaerumFinance.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
        {
            Host = host.Name,
            Period = new Common.V1.Period { StartDate = Date(2026, month, 1), EndDate = Date(2026, month, DateTime.DaysInMonth(2026, month)) },
            RequestId = NewRequestId(),
        })).InvoiceRun;

    private async Task<List<Invoice>> InvoicesAsync(InvoiceRun run)
    {
        var invoices = new List<Invoice>();
        foreach (var name in run.Outcomes.SelectMany(o => o.Invoices))
        {
            invoices.Add((await BaerumFinance.GetInvoiceAsync(new GetInvoiceRequest { Name = name })).Invoice);
        }

        return [.. invoices.OrderBy(i => i.Period.StartDate.Month)];
    }

    /// <summary>Bærum and Asker as parties, the usage of January–March 2026, and a monthly agreement from 1 January.</summary>
    private async Task<(Party Baerum, Agreement Agreement, Team Team)> AgreementWithUsageAsync()
    {
        var baerum = await PartyAsync(TestUser.BaerumFinance, "974552825");
        var asker = await PartyAsync(TestUser.AskerFinance, "944988106");
        await LogCallAsync(new DateTime(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc));
        var february = await LogCallAsync(new DateTime(2026, 2, 5, 9, 0, 0, DateTimeKind.Utc));
        await CallOutAsync(february, new DateTime(2026, 2, 5, 10, 0, 0, DateTimeKind.Utc), 45);
        var march = await LogCallAsync(new DateTime(2026, 3, 20, 9, 0, 0, DateTimeKind.Utc));
        await CallOutAsync(march, new DateTime(2026, 3, 20, 10, 0, 0, DateTimeKind.Utc), 80);
        var team = await TeamWithAskerTreatmentAsync();
        var agreement = (await BaerumFinance.CreateAgreementAsync(new CreateAgreementRequest
        {
            AgreementId = "baerum-asker",
            Agreement = new Agreement { DisplayName = "Bærum–Asker", Host = baerum.Name, Partner = asker.Name, Versions = { Terms(team.Name) } },
            RequestId = NewRequestId(),
        })).Agreement;
        return (baerum, agreement, team);
    }

    private static AgreementVersion Terms(string team) => new()
    {
        ValidFrom = Date(2026, 1, 1),
        BillingFrequency = BillingFrequency.Monthly,
        PaymentTermsDays = 30,
        PriceBaseYear = 2025,
        PriceIndex = { new YearlyIndex { Year = 2026, BasisPoints = 400 } },
        Lines =
        {
            new ServiceLine { LineId = "calls", Description = "Henvendelser", KostraFunction = "244", Service = Unit, PerUnit = new PerUnit { Unit = UsageUnit.Call, UnitPriceOre = 125_000 } },
            new ServiceLine { LineId = "call-out-hours", Description = "Utrykning", KostraFunction = "244", Service = Unit, PerUnit = new PerUnit { Unit = UsageUnit.CallOutHour, UnitPriceOre = 90_000 } },
            new ServiceLine { LineId = "mst-can-days", Description = "MST-CAN: plassdøgn", KostraFunction = "251", Service = team, PerUnit = new PerUnit { Unit = UsageUnit.SlotDay, UnitPriceOre = 35_000 } },
            new ServiceLine
            {
                LineId = "mst-can-slots", Description = "MST-CAN: tildelte plasser", KostraFunction = "251", Service = team,
                PerAllocatedSlotMonth = new PerAllocatedSlotMonth { PricePerSlotMonthOre = 6_500_000 },
            },
        },
    };

    private async Task<Party> PartyAsync(TestUser finance, string organisationNumber) =>
        (await _services.Invoicing.Invoicing(finance).CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(finance, organisationNumber), RequestId = NewRequestId() })).Party;

    private async Task<string> LogCallAsync(DateTime received) =>
        (await _services.OnCall.OnCall(TestUser.BaerumStaff).LogCallAsync(TestCalls.Valid(Unit, TestUser.Asker, received))).Call.Name;

    private async Task CallOutAsync(string call, DateTime start, int minutes) =>
        await _services.OnCall.OnCall(TestUser.BaerumStaff).AddCallEntryAsync(TestCalls.Entry(call, CallEntryType.CallOut, start, start.AddMinutes(minutes)));

    /// <summary>A Bærum team of 4 in which Asker holds 2 slots from 2026, with one Asker family in treatment from 10 February 2026.</summary>
    private async Task<Team> TeamWithAskerTreatmentAsync()
    {
        var scenario = new Capacity.CapacityScenario(_services.Capacity);
        var team = await scenario.TeamAsync(capacity: 4);
        await scenario.AllocateAsync(team, TestUser.Asker, 2, new DateOnly(2026, 1, 1));
        await Capacity.CapacityScenario.TreatmentAsync(_services.Capacity.Capacity(TestUser.AskerCoordinator), team, new DateOnly(2026, 2, 10));
        return team;
    }
}
