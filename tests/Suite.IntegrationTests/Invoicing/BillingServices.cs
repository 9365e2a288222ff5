using System.Net;
using System.Net.Sockets;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// OnCall, Capacity and Invoicing on fresh databases of their own, Invoicing reading usage from the
/// other two (or from a port where nothing answers yet, to stand for a source that is down). The
/// billing clocks stand at noon UTC on 24 November 2026; OnCall runs on the system clock, so calls
/// are logged in the past.
/// </summary>
public sealed class BillingServices : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    private BillingServices(string key) => Key = key;

    public string Key { get; }

    /// <summary>Invoicing's outbox: a folder per partner with the EHF of each issued document.</summary>
    public DirectoryInfo Outbox { get; } = Directory.CreateTempSubdirectory("outbox-");

    public SuiteClients OnCall { get; private set; } = null!;
    public SuiteClients Capacity { get; private set; } = null!;
    public SuiteClients Invoicing { get; private set; } = null!;

    /// <summary>The Invoicing service itself: its address and captured logs.</summary>
    public InvoicingHost InvoicingHost { get; private set; } = null!;

    /// <summary>Where Invoicing looks for OnCall.</summary>
    public int OnCallPort { get; private set; }

    /// <param name="onCallUp">False to leave OnCall's port empty: a source that is down until <see cref="StartOnCallAsync"/>.</param>
    /// <param name="demoTreatments">True to start Capacity with its demo teams, treatments and allocations (as of the billing clock's today).</param>
    /// <param name="key">The development signing key, when a test has started something else with it (an identity provider).</param>
    /// <param name="invoicingSettings">More configuration for Invoicing, e.g. where it gets its own tokens.</param>
    public static async Task<BillingServices> StartAsync(bool onCallUp = true, bool demoTreatments = false, string? key = null,
        IEnumerable<string>? invoicingSettings = null)
    {
        var services = new BillingServices(key ?? NewKey());
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        services.OnCallPort = FreePort();
        if (onCallUp)
        {
            await services.StartOnCallAsync();
        }

        var capacity = await CapacityHost.StartAsync(services.Key, services.Own(TestStorage.Sqlite()), clock,
            settings: demoTreatments ? ["--Demo:SeedTreatments=true"] : null);
        services._owned.Add(capacity);
        services.Capacity = services.Own(new SuiteClients(capacity.Address, SuiteFixture.MinterFor(services.Key)));
        var invoicing = await InvoicingHost.StartAsync(services.Key, services.Own(TestStorage.Sqlite()), clock, settings:
        [
            $"--UsageSources:OnCall=http://127.0.0.1:{services.OnCallPort}",
            $"--UsageSources:Capacity={capacity.Address}",
            "--UsageSources:Retries=8",
            // These tests are about one source that goes down and comes back, not about the breaker.
            "--UsageSources:BreakerMinimumThroughput=1000",
            "--UsageSources:RetryDelay=00:00:00.050",
            // Reconnect at once to a source that comes back, so the re-run after it does not meet gRPC's back-off.
            "--UsageSources:MaxReconnectBackoff=00:00:00.010",
            $"--Outbox:Directory={services.Outbox.FullName}",
            .. invoicingSettings ?? [],
        ]);
        services._owned.Add(invoicing);
        services.InvoicingHost = invoicing;
        services.Invoicing = services.Own(new SuiteClients(invoicing.Address, SuiteFixture.MinterFor(services.Key)));
        return services;
    }

    /// <summary>A fresh development signing key.</summary>
    public static string NewKey() => Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public async Task StartOnCallAsync()
    {
        var onCall = await OnCallHost.StartAsync(Key, Own(TestStorage.Sqlite()), OnCallPort);
        _owned.Add(onCall);
        OnCall = Own(new SuiteClients(onCall.Address, SuiteFixture.MinterFor(Key)));
    }

    public async ValueTask DisposeAsync()
    {
        // Clients and hosts before their storage: the reverse of start order.
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        Outbox.Delete(recursive: true);
    }

    private T Own<T>(T owned)
    {
        _owned.Add(owned is IAsyncDisposable async ? async : new Disposer((IDisposable)owned!));
        return owned;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Disposer(IDisposable disposable) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            disposable.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
