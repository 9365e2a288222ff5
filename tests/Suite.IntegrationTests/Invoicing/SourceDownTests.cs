using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// OnCall is down when the run starts: the agreement billing its calls stops with a reason, the one
/// billing Capacity's slots completes, and once OnCall is back the same period runs again and bills
/// only what was missing.
/// </summary>
public sealed class SourceDownTests : IAsyncLifetime
{
    private const string Unit = "onCallUnits/asker-og-baerum";
    private BillingServices _services = null!;

    public async ValueTask InitializeAsync() => _services = await BillingServices.StartAsync(onCallUp: false);

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private InvoicingService.InvoicingServiceClient Finance(TestUser user) => _services.Invoicing.Invoicing(user);

    [Fact]
    public async Task An_agreement_whose_source_is_down_fails_alone_and_a_later_run_bills_it()
    {
        var (baerum, asker) = await BaerumAndAskerAsync(Finance);
        var scenario = new Capacity.CapacityScenario(_services.Capacity);
        var team = await scenario.TeamAsync(capacity: 4);
        await scenario.AllocateAsync(team, TestUser.Asker, 1, new DateOnly(2026, 1, 1));
        await MonthlyAgreementAsync(Finance(TestUser.BaerumFinance), "vakt", baerum, asker, new ServiceLine
        {
            LineId = "calls",
            Description = "Henvendelser",
            KostraFunction = "244",
            Service = Unit,
            PerUnit = new PerUnit { Unit = UsageUnit.Call, UnitPriceOre = 125_000 },
        });
        await MonthlyAgreementAsync(Finance(TestUser.BaerumFinance), "mst", baerum, asker, new ServiceLine
        {
            LineId = "slots",
            Description = "MST-CAN",
            KostraFunction = "251",
            Service = team.Name,
            PerAllocatedSlotMonth = new PerAllocatedSlotMonth { PricePerSlotMonthOre = 6_500_000 },
        });
        var first = new CreateInvoiceRunRequest { Host = baerum.Name, Period = Quarter(), RequestId = NewRequestId() };

        var down = (await Finance(TestUser.BaerumFinance).CreateInvoiceRunAsync(first)).InvoiceRun;
        var retried = (await Finance(TestUser.BaerumFinance).CreateInvoiceRunAsync(first)).InvoiceRun;

        Assert.Equal(InvoiceRunState.PartlyFailed, down.State);
        var failed = down.Outcomes.Single(o => o.Agreement == "agreements/vakt");
        Assert.False(failed.Succeeded);
        Assert.Contains("OnCall", failed.FailureReason, StringComparison.Ordinal);
        Assert.Empty(failed.Invoices);
        Assert.Equal(3, down.Outcomes.Single(o => o.Agreement == "agreements/mst").Invoices.Count);
        Assert.Equal(down, retried);

        await _services.StartOnCallAsync();
        await _services.OnCall.OnCall(TestUser.BaerumStaff).LogCallAsync(TestCalls.Valid(Unit, TestUser.Asker, new DateTime(2026, 2, 3, 8, 0, 0, DateTimeKind.Utc)));
        var back = (await Finance(TestUser.BaerumFinance).CreateInvoiceRunAsync(new CreateInvoiceRunRequest { Host = baerum.Name, Period = Quarter(), RequestId = NewRequestId() })).InvoiceRun;

        Assert.True(back.State == InvoiceRunState.Succeeded, string.Join("; ", back.Outcomes.Select(o => o.FailureReason)));
        Assert.Empty(back.Outcomes.Single(o => o.Agreement == "agreements/mst").Invoices);
        var february = (await Finance(TestUser.BaerumFinance).GetInvoiceAsync(new GetInvoiceRequest
        {
            Name = back.Outcomes.Single(o => o.Agreement == "agreements/vakt").Invoices.Single(),
        })).Invoice;
        Assert.Equal((2, 125_000L), (february.Period.StartDate.Month, february.TotalOre));
    }

    private static Common.V1.Period Quarter() => new() { StartDate = Date(2026, 1, 1), EndDate = Date(2026, 3, 31) };
}
