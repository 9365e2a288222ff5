using System.Diagnostics;
using System.Globalization;
using Grpc.Net.Client;
using Intermunicipal.Hosting.Security;

namespace Intermunicipal.NationalBenchmark;

/// <summary>
/// dotnet run -c Release --project tests/NationalBenchmark [-- --calls N --treatments N]
/// Generates the national data set, writes the usage into OnCall and Capacity, registers parties
/// and agreements, then measures a year's invoicing end to end through the real services: for
/// every host one invoice run over the year, each draft approved and issued (EHF to the outbox),
/// and every EHF fetched. Prints the time and the process's peak working set.
/// </summary>
public static class NationalBenchmarkProgram
{
    private const int Year = 2025;
    private const int Seed = 20261124;

    public static async Task<int> Main(string[] args)
    {
        var calls = Option(args, "--calls", 1_000_000);
        var treatments = Option(args, "--treatments", 10_000);
        var data = NationalDataSet.Generate(Seed, calls, treatments);
        var folder = Directory.CreateTempSubdirectory("national-benchmark-");
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        try
        {
            await using var suite = await SuiteProcesses.StartAsync(key, folder.FullName);
            var setUp = Stopwatch.StartNew();
            await UsageSeeder.SeedOnCallAsync(suite.OnCallApp, data, Year, Seed);
            await UsageSeeder.SeedCapacityAsync(suite.CapacityApp, data, Year, Seed);
            using var channel = GrpcChannel.ForAddress(suite.Invoicing, new GrpcChannelOptions { MaxReceiveMessageSize = 16 * 1024 * 1024 });
            var minter = new TokenMinter(new AuthOptions { Issuer = "intermunicipal-dev", Audience = "intermunicipal", SigningKey = key }, TimeProvider.System);
            var invoicing = new InvoicingSetUp(channel, minter);
            await invoicing.RunAsync(data, Year);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Set up {data.Municipalities.Count} municipalities, {data.Cooperations.Count} cooperations, {calls} calls, {treatments} treatments in {setUp.Elapsed.TotalSeconds:F1} s"));

            var measured = Stopwatch.StartNew();
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var (invoices, lines, ehfBytes) = await YearOfInvoicing.RunAsync(data, invoicing, Year);
            measured.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Invoiced {Year}: {invoices} invoices, {lines} lines, {ehfBytes / 1024} KiB of EHF in {measured.Elapsed.TotalSeconds:F2} s; "
                + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB; allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / (1024 * 1024)} MiB while invoicing"));
            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
