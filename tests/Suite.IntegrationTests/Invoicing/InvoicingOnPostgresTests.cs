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
}
