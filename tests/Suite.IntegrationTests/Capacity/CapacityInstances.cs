using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>
/// Several instances of the Capacity service on one database, as a scaled-out deployment runs
/// them: same signing key, same storage, each with its own process-local state (board signal,
/// caches) so that anything shared must go through the database.
/// </summary>
public sealed class CapacityInstances : IAsyncDisposable
{
    private readonly List<CapacityHost> _hosts = [];
    private readonly List<SuiteClients> _clients = [];
    private readonly TestStorage _storage;

    private CapacityInstances(TestStorage storage) => _storage = storage;

    /// <summary>A client per instance, in start order.</summary>
    public IReadOnlyList<SuiteClients> Clients => _clients;

    /// <param name="settings">Configuration every instance gets, as command-line arguments.</param>
    public static async Task<CapacityInstances> StartAsync(TestStorage storage, int count, params string[] settings)
    {
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var instances = new CapacityInstances(storage);
        for (var i = 0; i < count; i++)
        {
            var host = await CapacityHost.StartAsync(key, storage, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)), settings: settings);
            instances._hosts.Add(host);
            instances._clients.Add(new SuiteClients(host.Address, SuiteFixture.MinterFor(key)));
        }

        return instances;
    }

    public async ValueTask DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _storage.DisposeAsync();
    }
}
