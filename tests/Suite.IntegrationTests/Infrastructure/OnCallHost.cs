using Intermunicipal.OnCall;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>The real OnCall service on a loopback port (0 = any free port), in this process.</summary>
public sealed class OnCallHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OnCallHost(WebApplication app, CapturedLogs logs)
    {
        _app = app;
        Logs = logs;
        Address = new Uri(app.Urls.Single());
    }

    public Uri Address { get; }

    public CapturedLogs Logs { get; }

    public static async Task<OnCallHost> StartAsync(string signingKey, TestStorage storage, int port = 0)
    {
        var logs = new CapturedLogs();
        string[] args =
        [
            $"--contentRoot={RepositoryPaths.Of("services/OnCall")}",
            "--environment=Development",
            $"--urls=http://127.0.0.1:{port}",
            $"--Auth:SigningKey={signingKey}",
            "--Demo:SeedCalls=false",
            .. storage.Arguments,
        ];
        var app = OnCallApp.Build(args, builder => builder.Logging.AddProvider(logs));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new OnCallHost(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
