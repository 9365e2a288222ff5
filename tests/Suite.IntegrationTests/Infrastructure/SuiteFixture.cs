using Intermunicipal.Hosting.Security;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>
/// One OnCall service and one gateway in front of it, on loopback, with a fresh SQLite database
/// and a signing key of their own. Clients call through the gateway (<see cref="Gateway"/>) or
/// straight at the service (<see cref="Direct"/>).
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    public string SigningKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public TokenMinter Minter { get; private set; } = null!;
    public OnCallHost OnCall { get; private set; } = null!;
    public GatewayHost GatewayHost { get; private set; } = null!;
    public SuiteClients Gateway { get; private set; } = null!;
    public SuiteClients Direct { get; private set; } = null!;

    private TestStorage _storage = null!;

    public async ValueTask InitializeAsync()
    {
        Minter = MinterFor(SigningKey);
        _storage = TestStorage.Sqlite();
        OnCall = await OnCallHost.StartAsync(SigningKey, _storage);
        GatewayHost = await GatewayHost.StartAsync(SigningKey, OnCall.Address);
        Gateway = new SuiteClients(GatewayHost.Address, Minter);
        Direct = new SuiteClients(OnCall.Address, Minter);
        await HealthWaits.UntilServingAsync(Gateway, "intermunicipal.oncall.v1.OnCallService");
    }

    public static TokenMinter MinterFor(string signingKey) =>
        new(new AuthOptions { Issuer = "intermunicipal-dev", Audience = "intermunicipal", SigningKey = signingKey }, TimeProvider.System);

    public async ValueTask DisposeAsync()
    {
        Gateway.Dispose();
        Direct.Dispose();
        await GatewayHost.DisposeAsync();
        await OnCall.DisposeAsync();
        await _storage.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SuiteCollection : ICollectionFixture<SuiteFixture>
{
    public const string Name = "suite";
}
