using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// Bærum bills Asker two fixed amounts a month (line 1: 10 000 kr, line 2: 2 500 kr) on services of
/// their own; January and February are issued on 1 March 2026, so tests start from issued invoices.
/// </summary>
public sealed class FixedAmountScenario : IAsyncDisposable
{
    private FixedAmountScenario(BillingServices services) => Services = services;

    public BillingServices Services { get; }
    public Party Baerum { get; private set; } = null!;
    public Party Asker { get; private set; } = null!;

    public InvoicingService.InvoicingServiceClient Host => Services.Invoicing.Invoicing(TestUser.BaerumFinance);

    public InvoicingService.InvoicingServiceClient Partner => Services.Invoicing.Invoicing(TestUser.AskerFinance);

    public static async Task<FixedAmountScenario> StartAsync()
    {
        var scenario = new FixedAmountScenario(await BillingServices.StartAsync());
        (scenario.Baerum, scenario.Asker) = await BaerumAndAskerAsync(scenario.Services.Invoicing.Invoicing);
        await scenario.Host.CreateAgreementAsync(new CreateAgreementRequest
        {
            AgreementId = "fast",
            Agreement = FixedAmountAgreement(scenario.Baerum, scenario.Asker,
                FixedLine("drift", "Driftstilskudd", 1_000_000), FixedLine("husleie", "Husleie", 250_000)),
            RequestId = NewRequestId(),
        });
        return scenario;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    /// <summary>January and February, drafted, approved and issued.</summary>
    public async Task<(Invoice January, Invoice February)> IssuedJanuaryAndFebruaryAsync()
    {
        var run = (await Host.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
        {
            Host = Baerum.Name,
            Period = new Common.V1.Period { StartDate = Date(2026, 1, 1), EndDate = Date(2026, 2, 28) },
            RequestId = NewRequestId(),
        })).InvoiceRun;
        var issued = new List<Invoice>();
        foreach (var name in run.Outcomes.Single().Invoices)
        {
            await Host.ApproveInvoiceAsync(new ApproveInvoiceRequest { Name = name, RequestId = NewRequestId() });
            issued.Add((await Host.IssueInvoiceAsync(new IssueInvoiceRequest { Name = name, IssueDate = Date(2026, 3, 1), RequestId = NewRequestId() })).Invoice);
        }

        var ordered = issued.OrderBy(i => i.Period.StartDate.Month).ToList();
        return (ordered[0], ordered[1]);
    }

    public async Task<Invoice> IssueAsync(Invoice draft)
    {
        await Host.ApproveInvoiceAsync(new ApproveInvoiceRequest { Name = draft.Name, RequestId = NewRequestId() });
        return (await Host.IssueInvoiceAsync(new IssueInvoiceRequest { Name = draft.Name, IssueDate = Date(2026, 3, 10), RequestId = NewRequestId() })).Invoice;
    }

    public async Task<Invoice> GetAsync(string name) => (await Host.GetInvoiceAsync(new GetInvoiceRequest { Name = name })).Invoice;
}
