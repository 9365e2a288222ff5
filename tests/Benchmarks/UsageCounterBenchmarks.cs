using BenchmarkDotNet.Attributes;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.Benchmarks;

/// <summary>A month's usage counts (what GetMonthlyStatistics and GetBillableUsage compute) over 1,000 calls.</summary>
[MemoryDiagnoser]
public class UsageCounterBenchmarks
{
    private static readonly DateTime MonthStart = new(2026, 2, 28, 23, 0, 0, DateTimeKind.Utc); // 1 March, Oslo
    private static readonly DateTime MonthEnd = new(2026, 3, 31, 22, 0, 0, DateTimeKind.Utc); // 1 April, Oslo (summer time)

    private List<CountedCall> _calls = [];

    [GlobalSetup]
    public void Setup()
    {
        // 1,000 calls spread over March, each with a call-out and a referral.
        _calls = [.. Enumerable.Range(0, 1000).Select(i => CountedCall.Of(BenchmarkData.Call($"call-{i:0000}",
            MonthStart.AddMinutes(i * 43 + 7), (CallEntryType.CallOut, 15), (CallEntryType.ReferredToDayService, 130))))];
    }

    [Benchmark]
    public long CountMonth()
    {
        var usage = new UsageCounter(_calls, MonthStart, MonthEnd);
        return usage.CallsReceived.Count + usage.CallOuts.Count() + usage.CallOutMinutes;
    }
}
