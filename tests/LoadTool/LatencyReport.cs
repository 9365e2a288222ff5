using System.Diagnostics;
using Intermunicipal.LoadTool.Workloads;

namespace Intermunicipal.LoadTool;

/// <summary>Throughput, latency percentiles and errors of a finished run.</summary>
public static class LatencyReport
{
    // The operations the workloads record, in the order of a step; any other is listed after them.
    private static readonly string[] KnownOrder =
    [
        CallLogWorkload.Log, CallLogWorkload.Get, CapacityBoardWorkload.Board,
        TreatmentCycleWorkload.Refer, TreatmentCycleWorkload.Start, TreatmentCycleWorkload.Complete,
    ];

    private const string RowFormat = "{0,-17} {1,9} {2,9} {3,8} {4,10} {5,9} {6,9} {7,9} {8,9}";

    public static void Print(LatencyRecorder samples, TimeSpan elapsed, TextWriter output)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        var total = samples.Succeeded + samples.Failed;
        output.WriteLine();
        output.WriteLine($"{total} requests in {elapsed.TotalSeconds:F2} s: {total / seconds:F1} requests/s, " +
            $"{samples.Succeeded} OK, {samples.Failed} failed.");
        output.WriteLine("Latency is of OK responses only, in milliseconds; req/s counts every completed request.");
        output.WriteLine(RowFormat, "op", "requests", "ok", "errors", "req/s", "p50", "p90", "p99", "max");
        foreach (var operation in samples.Operations.OrderBy(Rank).ThenBy(o => o, StringComparer.Ordinal))
        {
            var sorted = samples.Latencies.GetValueOrDefault(operation)?.ToArray() ?? [];
            Array.Sort(sorted);
            var failed = samples.FailedOf(operation);
            var count = sorted.Length + failed;
            output.WriteLine(RowFormat, operation, count, sorted.Length, failed, (count / seconds).ToString("F1"),
                Millis(sorted, 50), Millis(sorted, 90), Millis(sorted, 99), Millis(sorted, 100));
        }

        if (samples.Failed == 0)
        {
            output.WriteLine("No errors.");
            return;
        }

        output.WriteLine("Errors by gRPC status code:");
        foreach (var ((operation, status), count) in samples.Errors.OrderBy(e => Rank(e.Key.Operation)).ThenByDescending(e => e.Value))
        {
            output.WriteLine($"  {operation,-17} {status,-20} {count,9}");
        }
    }

    private static int Rank(string operation) => Array.IndexOf(KnownOrder, operation) is var i and >= 0 ? i : KnownOrder.Length;

    /// <summary>The nearest-rank percentile of ascending <paramref name="sorted"/> ticks; 100 is the max.</summary>
    public static long PercentileTicks(long[] sorted, double percentile)
    {
        if (sorted.Length == 0)
        {
            throw new ArgumentException("no samples", nameof(sorted));
        }

        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static string Millis(long[] sorted, double percentile) =>
        sorted.Length == 0 ? "-" : (PercentileTicks(sorted, percentile) * 1000.0 / Stopwatch.Frequency).ToString("F2");
}
