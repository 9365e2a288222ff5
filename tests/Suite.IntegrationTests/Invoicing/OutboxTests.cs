using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>An issued document missing from the outbox (a failed write, a crash before it) is put back when the service starts.</summary>
public sealed class OutboxTests : IAsyncLifetime
{
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly TestStorage _storage = TestStorage.Sqlite();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private readonly DirectoryInfo _outbox = Directory.CreateTempSubdirectory("outbox-");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _storage.DisposeAsync();
        _outbox.Delete(recursive: true);
    }

    [Fact]
    public async Task A_missing_outbox_file_is_written_again_at_start()
    {
        string path;
        byte[] written;
        await using (var first = await StartAsync())
        {
            using var clients = new SuiteClients(first.Address, SuiteFixture.MinterFor(_key));
            var baerum = await TwoFixedAgreementsAsync(clients);
            var host = clients.Invoicing(TestUser.BaerumFinance);
            var run = (await host.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
            {
                Host = baerum.Name,
                Period = new Common.V1.Period { StartDate = Date(2026, 1, 1), EndDate = Date(2026, 1, 31) },
                RequestId = NewRequestId(),
            })).InvoiceRun;
            var name = run.Outcomes.First().Invoices.Single();
            await host.ApproveInvoiceAsync(new ApproveInvoiceRequest { Name = name, RequestId = NewRequestId() });
            var issued = (await host.IssueInvoiceAsync(new IssueInvoiceRequest { Name = name, RequestId = NewRequestId() })).Invoice;
            path = Path.Combine(_outbox.FullName, "944988106", $"974552825-faktura-{issued.Number}.xml");
            written = await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
            File.Delete(path);
        }

        await using var restarted = await StartAsync();

        Assert.Equal(written, await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
    }

    private Task<InvoicingHost> StartAsync() =>
        InvoicingHost.StartAsync(_key, _storage, _clock, settings: [$"--Outbox:Directory={_outbox.FullName}"]);
}
