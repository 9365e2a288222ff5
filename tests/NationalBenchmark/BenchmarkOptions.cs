using System.Globalization;

namespace Intermunicipal.NationalBenchmark;

/// <summary>
/// How the benchmark runs. <see cref="HostsAtOnce"/>: how many hosts' finance staff invoice at the
/// same time (ADR 0012). <see cref="PerfMarks"/>: print the monotonic clock, in seconds, when the
/// measured year starts and ends, for <c>perf report --time start,end</c> over a <c>perf record -k
/// CLOCK_MONOTONIC</c> of the whole benchmark.
/// </summary>
public sealed record BenchmarkOptions(int Calls, int Treatments, string? Reuse, bool Cold, int HostsAtOnce, bool PerfMarks)
{
    public static BenchmarkOptions Parse(string[] args) => new(
        Option(args, "--calls", 1_000_000),
        Option(args, "--treatments", 10_000),
        args.SkipWhile(a => a != "--reuse").Skip(1).FirstOrDefault(),
        args.Contains("--cold"),
        Option(args, "--hosts-at-once", 2),
        args.Contains("--perf-marks"));

    private static int Option(string[] args, string name, int fallback) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
