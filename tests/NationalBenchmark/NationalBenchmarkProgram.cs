using System.Diagnostics;
using System.Globalization;
using Grpc.Net.Client;
using Intermunicipal.Hosting.Security;
using Microsoft.Data.Sqlite;

namespace Intermunicipal.NationalBenchmark;

/// <summary>
/// dotnet run -c Release --project tests/NationalBenchmark [-- --calls N --treatments N --reuse DIR]
/// Generates the national data set, writes the usage into OnCall and Capacity, registers parties
/// and agreements, then measures a year's invoicing end to end through the real services: for
/// every host one invoice run over the year, its drafts approved and issued in one batch each
/// (EHF to the outbox), and every EHF read back from the outbox. Prints the time and the
/// process's peak working set. With --reuse, the set-up is kept in DIR and copied from there the
/// next time (same sizes), so measuring again does not wait minutes for the seeding. Unless --cold,
/// a small year (its own suite, data and folder) is invoiced first in the same process, so the
/// measured year runs on jitted code as a long-running service would (see the README).
/// </summary>
public static class NationalBenchmarkProgram
{
    private const int Year = 2025;
    private const int Seed = 20261124;
    private const int WarmUpCalls = 5_000;
    private const int WarmUpTreatments = 200;

    public static async Task<int> Main(string[] args)
    {
        var calls = Option(args, "--calls", 1_000_000);
        var treatments = Option(args, "--treatments", 10_000);
        var reuse = args.SkipWhile(a => a != "--reuse").Skip(1).FirstOrDefault();
        if (!args.Contains("--cold"))
        {
            var warmUp = Stopwatch.StartNew();
            await InvoiceYearAsync(NationalDataSet.Generate(Seed + 1, WarmUpCalls, WarmUpTreatments), Seed + 1, reuse);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warmed up on a year of {WarmUpCalls} calls in {warmUp.Elapsed.TotalSeconds:F1} s"));
        }

        Console.WriteLine(await InvoiceYearAsync(NationalDataSet.Generate(Seed, calls, treatments), Seed, reuse));
        return 0;
    }

    /// <summary>Sets up the data set in a fresh folder, invoices its year through a suite of its own, and describes what was measured.</summary>
    private static async Task<string> InvoiceYearAsync(NationalDataSet data, int seed, string? reuse)
    {
        var folder = Directory.CreateTempSubdirectory("national-benchmark-");
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var minter = new TokenMinter(new AuthOptions { Issuer = "intermunicipal-dev", Audience = "intermunicipal", SigningKey = key }, TimeProvider.System);
        try
        {
            await PreparedSetUp.IntoAsync(folder.FullName, reuse, data, Year, seed, key, minter);
            await using var suite = await SuiteProcesses.StartAsync(key, folder.FullName);
            using var channel = GrpcChannel.ForAddress(suite.Invoicing, new GrpcChannelOptions { MaxReceiveMessageSize = 16 * 1024 * 1024 });
            var invoicing = new InvoicingSetUp(channel, minter);
            var measured = Stopwatch.StartNew();
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            var year = await YearOfInvoicing.RunAsync(data, invoicing, Year, suite.Outbox);
            measured.Stop();
            return string.Create(CultureInfo.InvariantCulture,
                $"Invoiced {Year}: {year.Invoices} invoices, {year.Lines} lines, {year.EhfBytes / 1024} KiB of EHF in {measured.Elapsed.TotalSeconds:F2} s "
                + $"(runs {year.Runs.TotalSeconds:F2} s, approve {year.Approve.TotalSeconds:F2} s, issue {year.Issue.TotalSeconds:F2} s, EHF read {year.Read.TotalSeconds:F2} s); "
                + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB; allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / (1024 * 1024)} MiB while invoicing");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
