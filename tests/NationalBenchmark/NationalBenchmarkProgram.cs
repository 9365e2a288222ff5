namespace Intermunicipal.NationalBenchmark;

/// <summary>
/// dotnet run -c Release --project tests/NationalBenchmark [-- --calls N --treatments N --reuse DIR --cold --hosts-at-once N --perf-marks]
/// Generates the national data set, writes the usage into OnCall and Capacity, registers parties
/// and agreements, then measures a year's invoicing end to end through the real services: for
/// every host one invoice run over the year, its drafts approved and issued in one batch each
/// (EHF to the outbox), two hosts at a time unless --hosts-at-once says otherwise, and every EHF
/// read back from the outbox. Prints the time, the CPU used and the process's peak working set.
/// With --reuse, the set-up is kept in DIR and copied from there the next time (same sizes), so
/// measuring again does not wait minutes for the seeding. Unless --cold, a small year (its own
/// suite, data and folder) is invoiced twice first in the same process, so the measured year runs
/// on fully jitted code as a long-running service would (see the README).
/// </summary>
public static class NationalBenchmarkProgram
{
    private const int Seed = 20261124;

    public static async Task<int> Main(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        using var scratch = new ScratchFolders();
        if (!options.Cold)
        {
            Console.WriteLine(await WarmUp.RunAsync(Seed + 1, options, scratch));
        }

        Console.WriteLine(await MeasuredYear.InvoiceAsync(NationalDataSet.Generate(Seed, options.Calls, options.Treatments), Seed, options, scratch));
        return 0;
    }
}
