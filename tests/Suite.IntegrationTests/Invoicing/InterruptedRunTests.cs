using Grpc.Core;
using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// A run that dies half-way — the first agreement drafted and committed, the second in the middle of
/// its transaction — leaves the first wholly drafted and the second untouched; after a restart a new
/// run bills the second and nothing of the first again.
/// </summary>
public sealed class InterruptedRunTests : IAsyncLifetime
{
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly TestStorage _storage = TestStorage.Sqlite();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task A_run_killed_half_way_and_restarted_bills_every_agreement_once()
    {
        var stopper = new StopBeforeSecondAgreement();
        Party baerum;
        string deadRun;
        await using (var first = await StartAsync(stopper))
        {
            using var clients = new SuiteClients(first.Address, SuiteFixture.MinterFor(_key));
            baerum = await TwoFixedAgreementsAsync(clients);
            using var kill = new CancellationTokenSource();
            var running = clients.Invoicing(TestUser.BaerumFinance).CreateInvoiceRunAsync(RunRequest(baerum), cancellationToken: kill.Token).ResponseAsync;
            await stopper.Reached.Task.WaitAsync(TestContext.Current.CancellationToken);
            await kill.CancelAsync();
            await Assert.ThrowsAsync<RpcException>(() => running);
            deadRun = (await clients.Invoicing(TestUser.BaerumFinance).ListInvoiceRunsAsync(new ListInvoiceRunsRequest { Host = baerum.Name })).InvoiceRuns.Single().Name;
        }

        await using var restarted = await StartAsync(stopper: null);
        using var again = new SuiteClients(restarted.Address, SuiteFixture.MinterFor(_key));
        var host = again.Invoicing(TestUser.BaerumFinance);
        var dead = (await host.GetInvoiceRunAsync(new GetInvoiceRunRequest { Name = deadRun })).InvoiceRun;
        var rerun = (await host.CreateInvoiceRunAsync(RunRequest(baerum))).InvoiceRun;
        var invoices = (await host.ListInvoicesAsync(new ListInvoicesRequest())).Invoices;

        Assert.Equal((InvoiceRunState.Running, "agreements/a-first"), (dead.State, dead.Outcomes.Single().Agreement));
        Assert.Equal([("agreements/a-first", 0), ("agreements/b-second", 1)], rerun.Outcomes.Select(o => (o.Agreement, o.Invoices.Count)));
        Assert.Equal(["agreements/a-first", "agreements/b-second"], invoices.Select(i => i.Agreement).Order(StringComparer.Ordinal));
    }

    private Task<InvoicingHost> StartAsync(StopBeforeSecondAgreement? stopper) =>
        InvoicingHost.StartAsync(_key, _storage, _clock, customize: builder =>
        {
            if (stopper is not null)
            {
                builder.Services.ConfigureDbContext<SqliteInvoicingDbContext>(o => o.AddInterceptors(stopper));
            }
        });

    private static CreateInvoiceRunRequest RunRequest(Party host) => new()
    {
        Host = host.Name,
        Period = new Common.V1.Period { StartDate = Date(2026, 1, 1), EndDate = Date(2026, 1, 31) },
        RequestId = NewRequestId(),
    };

    /// <summary>Holds the second agreement's transaction open until the call is cancelled: the process dies there.</summary>
    private sealed class StopBeforeSecondAgreement : SaveChangesInterceptor
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<RunOutcomeRecord>().Any(e => e.State == EntityState.Added && e.Entity.AgreementId == "b-second"))
            {
                Reached.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return result;
        }
    }
}
