using System.Diagnostics;
using System.Text.RegularExpressions;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>A call is durable when LogCall returns OK: it survives a kill -9 of the service right after.</summary>
public sealed partial class DurabilityTests : IAsyncLifetime
{
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly TestStorage _storage = TestStorage.Sqlite();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task A_logged_call_survives_a_kill_9_of_the_service()
    {
        var request = TestCalls.Valid();
        string name;
        using (var first = await ServiceProcess.StartAsync(_key, _storage))
        {
            using var clients = new SuiteClients(first.Address, SuiteFixture.MinterFor(_key));
            name = (await clients.OnCall(TestUser.BaerumStaff).LogCallAsync(request)).Call.Name;
            first.Kill();
        }

        using var second = await ServiceProcess.StartAsync(_key, _storage);
        using var again = new SuiteClients(second.Address, SuiteFixture.MinterFor(_key));
        var read = (await again.OnCall(TestUser.BaerumStaff).GetCallAsync(new GetCallRequest { Name = name })).Call;

        Assert.Equal(request.Call.Summary, read.Summary);
        Assert.Equal(request.Call.Child, read.Child);
    }

    /// <summary>The OnCall service as a separate operating-system process, so it can be killed for real.</summary>
    private sealed partial class ServiceProcess : IDisposable
    {
        private readonly Process _process;

        private ServiceProcess(Process process, Uri address)
        {
            _process = process;
            Address = address;
        }

        public Uri Address { get; }

        public static async Task<ServiceProcess> StartAsync(string key, TestStorage storage)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[]
            {
                Path.Combine(AppContext.BaseDirectory, "Intermunicipal.OnCall.dll"),
                $"--contentRoot={RepositoryPaths.Of("services/OnCall")}",
                "--environment=Development",
                "--urls=http://127.0.0.1:0",
                $"--Auth:SigningKey={key}",
                "--Demo:SeedCalls=false",
                "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
            }.Concat(storage.Arguments))
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            while (await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken) is { } line)
            {
                if (Listening().Match(line) is { Success: true } match)
                {
                    _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
                    return new ServiceProcess(process, new Uri(match.Groups["address"].Value));
                }
            }

            throw new InvalidOperationException($"The service exited with {process.ExitCode} before listening.");
        }

        /// <summary>SIGKILL: no shutdown, no flush, nothing the service can do.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
        }

        [GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:\d+)")]
        private static partial Regex Listening();
    }
}
