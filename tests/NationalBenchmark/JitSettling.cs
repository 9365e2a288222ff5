using System.Diagnostics;
using System.Runtime;

namespace Intermunicipal.NationalBenchmark;

/// <summary>
/// Waits, before the measured year, until the runtime has stopped compiling: a freshly started suite
/// recompiles its start-up code (EF Core model building, migrations, routing, DI) in the background
/// for some seconds, which a service that has been up a while has long finished. Measuring through
/// it would charge the year with the benchmark's own start-up. The year's own compiling still counts.
/// </summary>
public static class JitSettling
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>Returns how long it waited: until no method was compiled for <see cref="Quiet"/>, or <see cref="Longest"/>.</summary>
    public static async Task<TimeSpan> WaitAsync()
    {
        var waited = Stopwatch.StartNew();
        var (compiled, quietSince) = (JitInfo.GetCompiledMethodCount(), waited.Elapsed);
        while (waited.Elapsed - quietSince < Quiet && waited.Elapsed < Longest)
        {
            await Task.Delay(Poll);
            var now = JitInfo.GetCompiledMethodCount();
            (compiled, quietSince) = now == compiled ? (compiled, quietSince) : (now, waited.Elapsed);
        }

        return waited.Elapsed;
    }
}
