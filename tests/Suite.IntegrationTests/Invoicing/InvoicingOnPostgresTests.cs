using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>The Invoicing service's PostgreSQL migrations apply and its data round-trips, as on SQLite.</summary>
public sealed class InvoicingOnPostgresTests : IAsyncLifetime
{
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private TestStorage? _storage;
    private InvoicingHost? _host;
    private SuiteClients? _clients;

    public async ValueTask InitializeAsync()
    {
        _storage = await TestStorage.PostgresAsync();
        _host = await InvoicingHost.StartAsync(_key, _storage);
        _clients = new SuiteClients(_host.Address, SuiteFixture.MinterFor(_key));
    }

    public async ValueTask DisposeAsync()
    {
        _clients?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }

    [Fact]
    public async Task Parties_and_key_figures_are_stored_and_read_back()
    {
        var finance = _clients!.Invoicing(TestUser.BaerumFinance);
        var party = new Party
        {
            OrganisationNumber = "974552825",
            MunicipalityNumber = TestUser.Baerum,
            DisplayName = "Bærum kommune",
            PostalAddress = new PostalAddress { Street = "Arnold Haukelands plass 10", PostalCode = "1304", City = "Sandvika" },
            BankAccount = "12345678903",
            BuyerReference = "Barnevernvakt",
        };

        var created = (await finance.CreatePartyAsync(new CreatePartyRequest { Party = party, RequestId = Guid.NewGuid().ToString() })).Party;
        await finance.ImportKeyFiguresAsync(new ImportKeyFiguresRequest { Kind = KeyFigureKind.Population, Csv = "r;å;v\n3201;2026;130102\n", RequestId = Guid.NewGuid().ToString() });

        Assert.Equal(created, (await finance.GetPartyAsync(new GetPartyRequest { Name = created.Name })).Party);
        Assert.Equal(130_102, (await finance.ListKeyFiguresAsync(new ListKeyFiguresRequest { Kind = KeyFigureKind.Population, Year = 2026 })).KeyFigures.Single().Value);
    }

    [Fact]
    public async Task Invoices_issued_at_once_through_two_instances_get_gapless_numbers_each_once()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        await using var first = await InvoicingHost.StartAsync(_key, _storage!, clock);
        await using var second = await InvoicingHost.StartAsync(_key, _storage!, clock);
        using var firstClients = new SuiteClients(first.Address, SuiteFixture.MinterFor(_key));
        using var secondClients = new SuiteClients(second.Address, SuiteFixture.MinterFor(_key));
        var drafts = await TenApprovedMonthsAsync(firstClients);
        var instances = new[] { firstClients.Invoicing(TestUser.BaerumFinance), secondClients.Invoicing(TestUser.BaerumFinance) };

        var issued = await Task.WhenAll(drafts.Select((name, i) => IssueAsync(instances[i % 2], name)));

        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"2026-{n:000000}"), issued.Select(i => i.Number).Order(StringComparer.Ordinal));
        Assert.Equal(issued.Select(i => i.Kid).Distinct().Count(), issued.Length);
    }

    /// <summary>Issues with one request_id, asking again on ABORTED as a good client does.</summary>
    private static async Task<Invoice> IssueAsync(InvoicingService.InvoicingServiceClient client, string name)
    {
        var request = new IssueInvoiceRequest { Name = name, IssueDate = new Google.Type.Date { Year = 2026, Month = 11, Day = 1 }, RequestId = Guid.NewGuid().ToString() };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await client.IssueInvoiceAsync(request)).Invoice;
            }
            catch (Grpc.Core.RpcException e) when (e.StatusCode == Grpc.Core.StatusCode.Aborted && attempt < 20)
            {
            }
        }
    }

    /// <summary>Bærum bills Asker a fixed amount monthly; January to October drafted and approved.</summary>
    private static async Task<List<string>> TenApprovedMonthsAsync(SuiteClients clients)
    {
        var host = clients.Invoicing(TestUser.BaerumFinance);
        var (baerum, asker) = await InvoicingScenario.BaerumAndAskerAsync(clients.Invoicing);
        await host.CreateAgreementAsync(new CreateAgreementRequest
        {
            AgreementId = "fast",
            Agreement = InvoicingScenario.FixedAmountAgreement(baerum, asker, InvoicingScenario.FixedLine("drift", "Driftstilskudd", 1_000_000)),
            RequestId = NewId(),
        });
        var run = (await host.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
        {
            Host = baerum.Name,
            Period = new Common.V1.Period { StartDate = InvoicingScenario.Date(2026, 1, 1), EndDate = InvoicingScenario.Date(2026, 10, 31) },
            RequestId = NewId(),
        })).InvoiceRun;
        var drafts = run.Outcomes.Single().Invoices.ToList();
        foreach (var name in drafts)
        {
            await host.ApproveInvoiceAsync(new ApproveInvoiceRequest { Name = name, RequestId = NewId() });
        }

        return drafts;
    }

    private static string NewId() => Guid.NewGuid().ToString();
}
