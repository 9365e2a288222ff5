using Intermunicipal.Gateway;
using Microsoft.AspNetCore.Builder;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>The real gateway on a free loopback port, routing to the given backends.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GatewayHost(WebApplication app)
    {
        _app = app;
        Address = new Uri(app.Urls.Single());
    }

    public Uri Address { get; }

    /// <summary>The gateway's services, so a test can read the routing configuration in effect.</summary>
    public IServiceProvider Services => _app.Services;

    /// <param name="signingKey">The development key the caller's tokens are signed with.</param>
    /// <param name="onCall">The OnCall service behind the "oncall" cluster.</param>
    /// <param name="capacity">
    /// The Capacity service behind the "capacity" cluster. When null the cluster keeps its
    /// address and probe interval from appsettings.json: a test that passes none never calls
    /// that service nor asks about its health.
    /// </param>
    /// <param name="extraArgs">More configuration, such as a test-only route or tighter limits.</param>
    public static async Task<GatewayHost> StartAsync(string signingKey, Uri onCall, Uri? capacity = null, params string[] extraArgs)
    {
        string[] capacityArgs = capacity is null
            ? []
            :
            [
                $"--ReverseProxy:Clusters:capacity:Destinations:capacity-1:Address={capacity}",
                "--ReverseProxy:Clusters:capacity:HealthCheck:Active:Interval=00:00:00.200",
            ];
        string[] args =
        [
            $"--contentRoot={RepositoryPaths.Of("gateway")}",
            "--environment=Development",
            "--urls=http://127.0.0.1:0",
            $"--Auth:SigningKey={signingKey}",
            $"--ReverseProxy:Clusters:oncall:Destinations:oncall-1:Address={onCall}",
            // Probe often so tests see a backend go and come back quickly; they wait on health, not on time.
            "--ReverseProxy:Clusters:oncall:HealthCheck:Active:Interval=00:00:00.200",
            .. capacityArgs,
            "--RateLimiting:PermitsPerSecond=10000",
            "--RateLimiting:BurstLimit=10000",
            "--RateLimiting:PerAddressPermitsPerSecond=100000",
            "--RateLimiting:PerAddressBurstLimit=100000",
            .. extraArgs,
        ];
        var app = GatewayApp.Build(args);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new GatewayHost(app);
    }

    /// <summary>Arguments that put <paramref name="invoicing"/> behind the "invoicing" cluster, probed often.</summary>
    public static string[] InvoicingCluster(Uri invoicing) =>
    [
        $"--ReverseProxy:Clusters:invoicing:Destinations:invoicing-1:Address={invoicing}",
        "--ReverseProxy:Clusters:invoicing:HealthCheck:Active:Interval=00:00:00.200",
    ];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
