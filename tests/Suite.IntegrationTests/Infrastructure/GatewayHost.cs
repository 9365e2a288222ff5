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

    public static async Task<GatewayHost> StartAsync(string signingKey, Uri onCall, params string[] extraArgs)
    {
        string[] args =
        [
            $"--contentRoot={RepositoryPaths.Of("gateway")}",
            "--environment=Development",
            "--urls=http://127.0.0.1:0",
            $"--Auth:SigningKey={signingKey}",
            $"--ReverseProxy:Clusters:oncall:Destinations:oncall-1:Address={onCall}",
            // Probe often so tests see a backend go and come back quickly; they wait on health, not on time.
            "--ReverseProxy:Clusters:oncall:HealthCheck:Active:Interval=00:00:00.200",
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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
