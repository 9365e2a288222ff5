using System.Diagnostics;
using System.Globalization;
using Grpc.Net.Client;
using Intermunicipal.Hosting.Security;

namespace Intermunicipal.NationalBenchmark;

/// <summary>One data set's year: set up (unmeasured) in a folder of its own with its own signing key, then invoiced and measured.</summary>
public static class MeasuredYear
{
    private const int Year = 2025;

    /// <summary>Sets up the data set in a fresh folder, invoices its year through a suite of its own, and describes what was measured.</summary>
    public static async Task<string> InvoiceAsync(NationalDataSet data, int seed, BenchmarkOptions options, ScratchFolders scratch)
    {
        var folder = scratch.Create();
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var minter = new TokenMinter(new AuthOptions { Issuer = "intermunicipal-dev", Audience = "intermunicipal", SigningKey = key }, TimeProvider.System);
        await PreparedSetUp.IntoAsync(folder.FullName, options.Reuse, data, Year, seed, key, minter);
        await using var suite = await SuiteProcesses.StartAsync(key, folder.FullName);
        using var channel = GrpcChannel.ForAddress(suite.Invoicing, new GrpcChannelOptions { MaxReceiveMessageSize = 16 * 1024 * 1024 });
        var invoicing = new InvoicingSetUp(channel, minter);
        var settled = await JitSettling.WaitAsync();
        var measured = Stopwatch.StartNew();
        PerfMark(options, "start");
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var collectionsBefore = Collections();
        var year = await YearOfInvoicing.RunAsync(data, invoicing, Year, suite.Outbox, options.HostsAtOnce);
        measured.Stop();
        PerfMark(options, "end");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var collections = Collections().Zip(collectionsBefore, (after, before) => after - before);
        return string.Create(CultureInfo.InvariantCulture,
            $"Invoiced {Year}: {year.Invoices} invoices, {year.Lines} lines, {year.EhfBytes / 1024} KiB of EHF in {measured.Elapsed.TotalSeconds:F2} s with {options.HostsAtOnce} hosts at a time, {cpu.TotalSeconds:F2} s of CPU "
            + $"(summed over the hosts: runs {year.Runs.TotalSeconds:F2} s, approve {year.Approve.TotalSeconds:F2} s, issue {year.Issue.TotalSeconds:F2} s; EHF read {year.Read.TotalSeconds:F2} s); "
            + $"measured after {settled.TotalSeconds:F1} s for the start-up's compiling to settle; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB; allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / (1024 * 1024)} MiB while invoicing, "
            + $"garbage collections of generations 0/1/2 {string.Join('/', collections)}");
    }

    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    /// <summary>The monotonic clock (Stopwatch's on Linux) in seconds, as perf's CLOCK_MONOTONIC timestamps show it.</summary>
    private static void PerfMark(BenchmarkOptions options, string mark)
    {
        if (options.PerfMarks)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"perf mark {mark} {(double)Stopwatch.GetTimestamp() / Stopwatch.Frequency:F6}"));
        }
    }
}
