using Intermunicipal.Invoicing;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// Invoicing gets the tokens it reads usage with from an identity provider by the client-credentials
/// grant (ADR 0014), as it does in production, instead of minting them: OnCall accepts them, a
/// refused token fails the agreement with a reason and no secret, and a deployment that has no way
/// to get one refuses to start.
/// </summary>
public sealed class ServiceIdentityTests : IAsyncLifetime
{
    private const string Unit = "onCallUnits/asker-og-baerum";
    private readonly List<IAsyncDisposable> _owned = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }
    }

    [Fact]
    public async Task A_run_bills_with_a_token_the_identity_provider_granted_for_the_host_and_asks_once_per_host()
    {
        var (services, provider) = await StartAsync(secret: null);
        await services.OnCall.OnCall(TestUser.BaerumStaff).LogCallAsync(TestCalls.Valid(Unit, TestUser.Asker, new DateTime(2026, 2, 3, 8, 0, 0, DateTimeKind.Utc)));
        var baerum = await PerCallAgreementAsync(services);

        var february = await RunAsync(services, baerum, Month(2));
        var march = await RunAsync(services, baerum, Month(3));

        Assert.True(february.State == InvoiceRunState.Succeeded, string.Join("; ", february.Outcomes.Select(o => o.FailureReason)));
        var invoice = (await services.Invoicing.Invoicing(TestUser.BaerumFinance).GetInvoiceAsync(new GetInvoiceRequest
        {
            Name = february.Outcomes.Single().Invoices.Single(),
        })).Invoice;
        Assert.Equal(125_000L, invoice.TotalOre);
        Assert.Equal(InvoiceRunState.Succeeded, march.State);
        Assert.Equal(["usage-reader municipality:3201"], provider.Granted);
    }

    [Fact]
    public async Task A_refused_token_fails_the_agreement_with_the_providers_reason_and_never_the_secret()
    {
        const string wrongSecret = "not-the-secret-9f2c";
        var (services, provider) = await StartAsync(wrongSecret);
        var baerum = await PerCallAgreementAsync(services);

        var run = await RunAsync(services, baerum, Month(2));

        var outcome = run.Outcomes.Single();
        Assert.Equal(InvoiceRunState.PartlyFailed, run.State);
        Assert.False(outcome.Succeeded);
        Assert.Contains("invalid_client", outcome.FailureReason, StringComparison.Ordinal);
        Assert.Contains("run the period again", outcome.FailureReason, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongSecret, outcome.FailureReason, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongSecret, services.InvoicingHost.Logs.Text, StringComparison.Ordinal);
        Assert.Empty(provider.Granted);
    }

    [Theory]
    [InlineData(new string[0], "ServiceIdentity:TokenEndpoint")]
    [InlineData(new[] { "--ServiceIdentity:TokenEndpoint=https://idp.example.no/connect/token" }, "ServiceIdentity:ClientId")]
    [InlineData(new[] { "--ServiceIdentity:TokenEndpoint=http://idp.example.no/connect/token", "--ServiceIdentity:ClientId=a", "--ServiceIdentity:ClientSecret=b" }, "https")]
    public void Outside_development_invoicing_will_not_start_without_a_usable_way_to_get_its_tokens(string[] settings, string named)
    {
        string[] args =
        [
            $"--contentRoot={RepositoryPaths.Of("services/Invoicing")}",
            "--environment=Production",
            "--Auth:Authority=https://idp.example.no",
            "--Auth:Issuer=https://idp.example.no",
            .. settings,
        ];

        var refused = Assert.Throws<InvalidOperationException>(() => InvoicingApp.Build(args));

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
    }

    private async Task<(BillingServices Services, TestIdentityProvider Provider)> StartAsync(string? secret)
    {
        var key = BillingServices.NewKey();
        var provider = await TestIdentityProvider.StartAsync(key);
        _owned.Add(provider);
        var services = await BillingServices.StartAsync(key: key, invoicingSettings: provider.InvoicingSettings(secret));
        _owned.Add(services);
        return (services, provider);
    }

    /// <summary>Bærum bills Asker 1 250 kr per call to the joint barnevernvakt.</summary>
    private static async Task<Party> PerCallAgreementAsync(BillingServices services)
    {
        var (baerum, asker) = await BaerumAndAskerAsync(services.Invoicing.Invoicing);
        await MonthlyAgreementAsync(services.Invoicing.Invoicing(TestUser.BaerumFinance), "vakt", baerum, asker, new ServiceLine
        {
            LineId = "calls",
            Description = "Henvendelser",
            KostraFunction = "244",
            Service = Unit,
            PerUnit = new PerUnit { Unit = UsageUnit.Call, UnitPriceOre = 125_000 },
        });
        return baerum;
    }

    private static async Task<InvoiceRun> RunAsync(BillingServices services, Party host, Common.V1.Period period) =>
        (await services.Invoicing.Invoicing(TestUser.BaerumFinance).CreateInvoiceRunAsync(new CreateInvoiceRunRequest
        {
            Host = host.Name,
            Period = period,
            RequestId = NewRequestId(),
        })).InvoiceRun;

    private static Common.V1.Period Month(int month) =>
        new() { StartDate = Date(2026, month, 1), EndDate = Date(2026, month, DateTime.DaysInMonth(2026, month)) };
}
