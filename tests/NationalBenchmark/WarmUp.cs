using System.Diagnostics;
using System.Globalization;

namespace Intermunicipal.NationalBenchmark;

/// <summary>Small years invoiced before the measured one, in the same process, so it runs on jitted code.</summary>
public static class WarmUp
{
    private const int Calls = 5_000;
    private const int Treatments = 200;

    /// <summary>
    /// Twice: after one small year the runtime has compiled the hot paths only to their first,
    /// instrumented tiers, and recompiled some 5 000 of them, optimised, inside the measured year.
    /// A second small year lets it finish (about 700 methods are left), as in a service up a while.
    /// </summary>
    private const int Years = 2;

    /// <summary>Invoices the small years (their own seed, suites and folders) and says how long it took.</summary>
    public static async Task<string> RunAsync(int seed, BenchmarkOptions options, ScratchFolders scratch)
    {
        var warmUp = Stopwatch.StartNew();
        for (var year = 0; year < Years; year++)
        {
            await MeasuredYear.InvoiceAsync(NationalDataSet.Generate(seed, Calls, Treatments), seed, options with { PerfMarks = false }, scratch);
        }

        return string.Create(CultureInfo.InvariantCulture, $"Warmed up on {Years} years of {Calls} calls in {warmUp.Elapsed.TotalSeconds:F1} s");
    }
}
