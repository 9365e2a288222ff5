using Grpc.Core;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>A revision may not reach back into invoiced periods, and no two lines may bill the same usage.</summary>
public sealed class RevisionTests : IAsyncLifetime
{
    private FixedAmountScenario _s = null!;

    public async ValueTask InitializeAsync() => _s = await FixedAmountScenario.StartAsync();

    public async ValueTask DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task A_version_starting_in_an_invoiced_period_is_refused_and_one_after_it_is_taken()
    {
        await _s.IssuedJanuaryAndFebruaryAsync();

        var intoFebruary = await Assert.ThrowsAsync<RpcException>(() => ReviseAsync(Version(Date(2026, 2, 15))));
        var march = await ReviseAsync(Version(Date(2026, 3, 1)));

        Assert.Equal("PERIOD_INVOICED", TestCalls.PreconditionType(intoFebruary));
        Assert.Contains("2026-02-28", intoFebruary.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(2, march.Versions.Count);
    }

    [Fact]
    public async Task A_version_starting_mid_month_bills_each_part_of_the_month_at_its_own_terms()
    {
        await _s.IssuedJanuaryAndFebruaryAsync();
        await ReviseAsync(Version(Date(2026, 3, 17)));

        var run = (await _s.Host.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
        {
            Host = _s.Baerum.Name,
            Period = new Common.V1.Period { StartDate = Date(2026, 3, 1), EndDate = Date(2026, 3, 31) },
            RequestId = NewRequestId(),
        })).InvoiceRun;
        var march = await _s.GetAsync(run.Outcomes.Single().Invoices.Single());

        // Old terms 1-16 March: 10 000 kr × 16/31 = 5 161.29 and 2 500 kr × 16/31 = 1 290.32; new terms 17-31 March: 11 000 kr × 15/31 = 5 322.58.
        Assert.Equal([("drift", 516_129L), ("husleie", 129_032L), ("drift", 532_258L)],
            march.Lines.OrderBy(l => l.Period.StartDate.Day).ThenBy(l => l.ServiceLine, StringComparer.Ordinal).Select(l => (l.ServiceLine, l.AmountOre)));
    }

    [Fact]
    public async Task Two_lines_billing_the_same_usage_are_refused_naming_the_line()
    {
        var version = Version(Date(2026, 3, 1));
        version.Lines.Add(new ServiceLine { LineId = "rft", Description = "RFT", Service = "teams/rft-baerum", KostraFunction = "251", PerUnit = new PerUnit { Unit = UsageUnit.SlotDay, UnitPriceOre = 100 } });
        version.Lines.Add(new ServiceLine { LineId = "rft-igjen", Description = "RFT", Service = "teams/rft-baerum", KostraFunction = "251", PerUnit = new PerUnit { Unit = UsageUnit.SlotDay, UnitPriceOre = 200 } });
        version.Lines.Add(new ServiceLine { LineId = "rft-start", Description = "RFT", Service = "teams/rft-baerum", KostraFunction = "251", PerUnit = new PerUnit { Unit = UsageUnit.StartedTreatment, UnitPriceOre = 200 } });

        var twice = await Assert.ThrowsAsync<RpcException>(() => ReviseAsync(version));

        Assert.Equal(["version.lines[1].service", "version.lines[2].service"],
            TestCalls.ViolatedFields(twice));
    }

    private async Task<Agreement> ReviseAsync(AgreementVersion version) =>
        (await _s.Host.ReviseAgreementAsync(new ReviseAgreementRequest { Agreement = "agreements/fast", Version = version, RequestId = NewRequestId() })).Agreement;

    private static AgreementVersion Version(Google.Type.Date from) => new()
    {
        ValidFrom = from,
        BillingFrequency = BillingFrequency.Monthly,
        PaymentTermsDays = 14,
        PriceBaseYear = 2026,
        Lines = { new ServiceLine { LineId = "drift", Description = "Driftstilskudd", KostraFunction = "244", FixedAmount = new FixedAmount { AmountOre = 1_100_000 } } },
    };
}
