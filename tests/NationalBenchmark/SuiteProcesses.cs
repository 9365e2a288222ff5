using Microsoft.AspNetCore.Builder;

namespace Intermunicipal.NationalBenchmark;

/// <summary>OnCall, Capacity and Invoicing in this process on SQLite under one folder, as in the tests, on free ports.</summary>
public sealed class SuiteProcesses : IAsyncDisposable
{
    private readonly List<WebApplication> _apps = [];

    public required Uri OnCall { get; init; }
    public required Uri Capacity { get; init; }
    public required Uri Invoicing { get; init; }
    public required string Outbox { get; init; }
    public required WebApplication OnCallApp { get; init; }
    public required WebApplication CapacityApp { get; init; }

    public static async Task<SuiteProcesses> StartAsync(string signingKey, string dataDirectory)
    {
        var onCall = await StartAsync(Intermunicipal.OnCall.OnCallApp.Build, "OnCall", signingKey, dataDirectory, ["--Demo:SeedCalls=false"]);
        var capacity = await StartAsync(Intermunicipal.Capacity.CapacityApp.Build, "Capacity", signingKey, dataDirectory, ["--Demo:SeedTreatments=false"]);
        var invoicing = await StartAsync(Intermunicipal.Invoicing.InvoicingApp.Build, "Invoicing", signingKey, dataDirectory,
        [
            $"--UsageSources:OnCall={onCall.Urls.Single()}",
            $"--UsageSources:Capacity={capacity.Urls.Single()}",
            $"--Outbox:Directory={Path.Combine(dataDirectory, "outbox")}",
        ]);
        var suite = new SuiteProcesses
        {
            OnCall = new Uri(onCall.Urls.Single()),
            Capacity = new Uri(capacity.Urls.Single()),
            Invoicing = new Uri(invoicing.Urls.Single()),
            Outbox = Path.Combine(dataDirectory, "outbox"),
            OnCallApp = onCall,
            CapacityApp = capacity,
        };
        suite._apps.AddRange([invoicing, capacity, onCall]);
        return suite;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<WebApplication> StartAsync(Func<string[], Action<WebApplicationBuilder>?, WebApplication> build, string service,
        string signingKey, string dataDirectory, string[] settings)
    {
        string[] args =
        [
            $"--contentRoot={Path.Combine(RepositoryRoot(), "services", service)}",
            "--environment=Development",
            "--urls=http://127.0.0.1:0",
            $"--Auth:SigningKey={signingKey}",
            $"--Storage:DataDirectory={dataDirectory}",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];
        var app = build(args, null);
        await app.StartAsync();
        return app;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Intermunicipal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }
}
