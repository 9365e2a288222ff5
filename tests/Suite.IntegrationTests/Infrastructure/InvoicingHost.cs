using Intermunicipal.Invoicing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>
/// The real Invoicing service on a loopback port (0 = any free port), in this process. Periods,
/// issue dates and due dates depend on today's date, so a test can hand it a clock of its own.
/// </summary>
public sealed class InvoicingHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InvoicingHost(WebApplication app, CapturedLogs logs)
    {
        _app = app;
        Logs = logs;
        Address = new Uri(app.Urls.Single());
    }

    public Uri Address { get; }

    public CapturedLogs Logs { get; }

    /// <param name="signingKey">The development key the caller's tokens are signed with.</param>
    /// <param name="storage">Where the service keeps its data.</param>
    /// <param name="clock">Replaces the service's clock when given; the system clock otherwise.</param>
    /// <param name="port">A fixed port, so a restarted host is found again at the same address.</param>
    /// <param name="settings">More configuration as command-line arguments, e.g. "--BoardWatch:KeepAlive=01:00:00".</param>
    /// <param name="customize">More registrations, e.g. a database interceptor that stops a run half-way.</param>
    public static async Task<InvoicingHost> StartAsync(string signingKey, TestStorage storage, TimeProvider? clock = null, int port = 0,
        IEnumerable<string>? settings = null, Action<WebApplicationBuilder>? customize = null)
    {
        var logs = new CapturedLogs();
        string[] args =
        [
            $"--contentRoot={RepositoryPaths.Of("services/Invoicing")}",
            "--environment=Development",
            $"--urls=http://127.0.0.1:{port}",
            $"--Auth:SigningKey={signingKey}",
            .. storage.Arguments,
            .. settings ?? [],
        ];
        var app = InvoicingApp.Build(args, builder =>
        {
            builder.Logging.AddProvider(logs);
            if (clock is not null)
            {
                // The service registered TimeProvider.System before this runs; remove it rather than
                // add a second registration, so no consumer (one that takes every registration, or
                // one resolved before the last) can still see the system clock.
                builder.Services.RemoveAll<TimeProvider>();
                builder.Services.AddSingleton(clock);
            }

            customize?.Invoke(builder);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new InvoicingHost(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
