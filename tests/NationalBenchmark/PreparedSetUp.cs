using System.Diagnostics;
using System.Globalization;
using Grpc.Net.Client;
using Intermunicipal.Hosting.Security;
using Microsoft.Data.Sqlite;

namespace Intermunicipal.NationalBenchmark;

/// <summary>
/// The unmeasured set-up in a data folder: usage seeded into OnCall and Capacity, parties and
/// agreements registered; kept in a reuse folder (per size and seed) and copied from there the next time.
/// </summary>
public static class PreparedSetUp
{
    public static async Task IntoAsync(string folder, string? reuse, NationalDataSet data, int year, int seed, string key, TokenMinter minter)
    {
        var kept = reuse is null ? null : Path.Combine(reuse, string.Create(CultureInfo.InvariantCulture, $"{data.Calls}-{data.Treatments}-{seed}"));
        if (kept is not null && File.Exists(Path.Combine(kept, "complete")))
        {
            CopyFolder(kept, folder);
            Console.WriteLine($"Set up copied from {kept}");
            return;
        }

        await SeedAsync(folder, data, year, seed, key, minter);
        if (kept is not null)
        {
            CopyFolder(folder, kept);
            await File.WriteAllTextAsync(Path.Combine(kept, "complete"), "");
        }
    }

    /// <summary>Seeds the usage and registers parties and agreements, then stops the services so the folder can be copied.</summary>
    private static async Task SeedAsync(string folder, NationalDataSet data, int year, int seed, string key, TokenMinter minter)
    {
        var setUp = Stopwatch.StartNew();
        await using (var suite = await SuiteProcesses.StartAsync(key, folder))
        {
            await UsageSeeder.SeedOnCallAsync(suite.OnCallApp, data, year, seed);
            await UsageSeeder.SeedCapacityAsync(suite.CapacityApp, data, year, seed);
            using var channel = GrpcChannel.ForAddress(suite.Invoicing);
            await new InvoicingSetUp(channel, minter).RunAsync(data, year);
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Set up {data.Municipalities.Count} municipalities, {data.Cooperations.Count} cooperations, {data.Calls} calls, {data.Treatments} treatments in {setUp.Elapsed.TotalSeconds:F1} s"));
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "complete"))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
