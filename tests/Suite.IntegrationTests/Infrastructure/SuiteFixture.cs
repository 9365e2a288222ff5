using Intermunicipal.Hosting.Security;
using Microsoft.Extensions.Time.Testing;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>
/// The OnCall, Capacity and Invoicing services and one gateway in front of them, on loopback, each service
/// with a fresh SQLite database, all with a signing key of their own. Clients call through the
/// gateway (<see cref="Gateway"/>) or straight at a service (<see cref="Direct"/> for OnCall,
/// <see cref="CapacityDirect"/> for Capacity), since a service must not trust that the gateway checked.
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    public string SigningKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public TokenMinter Minter { get; private set; } = null!;
    public OnCallHost OnCall { get; private set; } = null!;
    public CapacityHost Capacity { get; private set; } = null!;
    public InvoicingHost Invoicing { get; private set; } = null!;

    /// <summary>The Invoicing service's clock, fixed like <see cref="CapacityClock"/>.</summary>
    public FakeTimeProvider InvoicingClock { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    /// <summary>
    /// The Capacity service's clock, fixed at noon UTC on Tuesday 24 November 2026 so that boards,
    /// waiting lists and treatment days come out the same on any day the tests run. It fakes timers
    /// and delays too: whatever the service schedules on it (a keep-alive push, say) happens only
    /// when a test calls <see cref="FakeTimeProvider.Advance"/>. The fixture is shared by every test
    /// in the collection, so a test that moves the clock must not count on where others left it.
    /// </summary>
    public FakeTimeProvider CapacityClock { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    public GatewayHost GatewayHost { get; private set; } = null!;
    public SuiteClients Gateway { get; private set; } = null!;
    public SuiteClients Direct { get; private set; } = null!;
    public SuiteClients CapacityDirect { get; private set; } = null!;
    public SuiteClients InvoicingDirect { get; private set; } = null!;

    private TestStorage _storage = null!;
    private TestStorage _capacityStorage = null!;
    private TestStorage _invoicingStorage = null!;

    public async ValueTask InitializeAsync()
    {
        Minter = MinterFor(SigningKey);
        _storage = TestStorage.Sqlite();
        _capacityStorage = TestStorage.Sqlite();
        _invoicingStorage = TestStorage.Sqlite();
        OnCall = await OnCallHost.StartAsync(SigningKey, _storage);
        Capacity = await CapacityHost.StartAsync(SigningKey, _capacityStorage, CapacityClock);
        Invoicing = await InvoicingHost.StartAsync(SigningKey, _invoicingStorage, InvoicingClock);
        GatewayHost = await GatewayHost.StartAsync(SigningKey, OnCall.Address, Capacity.Address, GatewayHost.InvoicingCluster(Invoicing.Address));
        Gateway = new SuiteClients(GatewayHost.Address, Minter);
        Direct = new SuiteClients(OnCall.Address, Minter);
        CapacityDirect = new SuiteClients(Capacity.Address, Minter);
        InvoicingDirect = new SuiteClients(Invoicing.Address, Minter);
        await HealthWaits.UntilServingAsync(Gateway, "intermunicipal.oncall.v1.OnCallService");
        await HealthWaits.UntilServingAsync(Gateway, "intermunicipal.capacity.v1.CapacityService");
        await HealthWaits.UntilServingAsync(Gateway, "intermunicipal.invoicing.v1.InvoicingService");
    }

    public static TokenMinter MinterFor(string signingKey) =>
        new(new AuthOptions { Issuer = "intermunicipal-dev", Audience = "intermunicipal", SigningKey = signingKey }, TimeProvider.System);

    /// <summary>
    /// Stops what was started, also when InitializeAsync failed part-way (a service that would not
    /// start), so the test run reports that failure rather than a second one from here.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        Direct?.Dispose();
        CapacityDirect?.Dispose();
        InvoicingDirect?.Dispose();
        if (GatewayHost is not null)
        {
            await GatewayHost.DisposeAsync();
        }

        if (Invoicing is not null)
        {
            await Invoicing.DisposeAsync();
        }

        if (_invoicingStorage is not null)
        {
            await _invoicingStorage.DisposeAsync();
        }

        if (Capacity is not null)
        {
            await Capacity.DisposeAsync();
        }

        if (OnCall is not null)
        {
            await OnCall.DisposeAsync();
        }

        if (_capacityStorage is not null)
        {
            await _capacityStorage.DisposeAsync();
        }

        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "suite";
}
